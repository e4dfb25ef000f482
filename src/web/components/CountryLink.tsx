import { Fragment } from 'react';
import { useCountryName } from './countries.js';
import { AnchorLink } from './links.js';
import { useCan } from './me-context.js';

/** Country names, each opening its country page for users who may read it. */
export function CountryLinks({ codes }: { codes: string[] }) {
  const countryName = useCountryName();
  const canOpen = useCan('partners.read');
  if (codes.length === 0) return <>—</>;
  return (
    <>
      {codes.map((code, index) => (
        <Fragment key={code}>
          {index > 0 ? ', ' : null}
          {canOpen ? (
            <AnchorLink to="/countries/$iso2" params={{ iso2: code }} inherit>
              {countryName(code)}
            </AnchorLink>
          ) : (
            countryName(code)
          )}
        </Fragment>
      ))}
    </>
  );
}
