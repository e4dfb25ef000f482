import nodemailer, { type Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail by SMTP when configured; when not, e-mails stay in `outbox_emails` for admins to read. */
export interface Mailer {
  readonly configured: boolean;
  send(mail: Mail): Promise<void>;
}

export interface MailerOptions {
  /** e.g. smtp://user:pass@mail.example.org:587 or smtps://… */
  smtpUrl?: string;
  from?: string;
  /** A ready transport (tests use nodemailer's jsonTransport). */
  transport?: Transporter;
}

export function createMailer(options: MailerOptions = {}): Mailer {
  const transport = options.transport ?? (options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined);
  const from = options.from ?? 'econdip <no-reply@econdip.local>';
  return {
    configured: transport !== undefined,
    send: async (mail) => {
      if (!transport) throw new Error('No SMTP server configured (set SMTP_URL)');
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

export const mailerFromEnv = (env: NodeJS.ProcessEnv = process.env): Mailer =>
  createMailer({ smtpUrl: env.SMTP_URL || undefined, from: env.MAIL_FROM || undefined });
