/** Sends one plain-text e-mail. Implemented over SMTP by the server when SMTP is configured. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}
