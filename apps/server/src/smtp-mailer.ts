import type { Mailer } from "@maturo/api";
import nodemailer from "nodemailer";
import type { SmtpConfig } from "./config.js";

/** Plain-text e-mail over SMTP (invitations, reminders, password resets). */
export function createSmtpMailer(config: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? "" } } : {}),
  });
  return {
    async send(message) {
      await transport.sendMail({
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
  };
}
