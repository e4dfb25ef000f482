-- Activities take their sectors from the shared list engagements and agreements use. Free-text sectors recorded
-- before are mapped to the list (products to their field); anything else becomes "other", never dropped silently.
UPDATE activities SET sectors = ARRAY(
  SELECT DISTINCT CASE
    WHEN s IN ('trade', 'investment', 'science_technology', 'digital', 'energy', 'agriculture', 'labour', 'tourism', 'finance',
               'education', 'health', 'transport', 'environment', 'defence_security', 'culture', 'halal', 'semiconductors',
               'artificial_intelligence', 'cloud_iot', 'green_economy', 'other') THEN s
    WHEN s IN ('seafood', 'rice', 'coffee', 'fruit', 'wood_products', 'thủy sản', 'thuỷ sản', 'nông sản', 'gạo', 'cà phê') THEN 'agriculture'
    WHEN s IN ('halal_food', 'Halal') THEN 'halal'
    WHEN s IN ('renewable_energy', 'năng lượng') THEN 'energy'
    WHEN s IN ('logistics') THEN 'transport'
    WHEN s IN ('textiles', 'footwear', 'electronics', 'dệt may', 'da giày') THEN 'trade'
    ELSE 'other'
  END
  FROM unnest(sectors) AS s
)
WHERE sectors <> '{}';
