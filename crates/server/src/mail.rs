//! Outgoing mail: SMTP through lettre when `VERKOSTO_SMTP_URL` is set; otherwise (the embedded
//! mode) each message is written to the log, and the API shows invitation links to coordinators.

use anyhow::Context;
use futures::future::BoxFuture;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{
        Mailbox,
        header::{HeaderName, HeaderValue},
    },
};
use verkosto_graphql::{Mail, Mailer};

use crate::config::Config;

/// Verkosto's mailer.
pub struct OutboundMail {
    transport: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: Mailbox,
    public_url: String,
}

impl OutboundMail {
    /// The mailer `config` asks for; `public_url` is the default base of links.
    pub fn new(config: &Config, public_url: String) -> anyhow::Result<Self> {
        let transport = config
            .smtp_url
            .as_deref()
            .map(|url| {
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map(|builder| builder.build())
                    .context("VERKOSTO_SMTP_URL must look like smtp://host:port or smtps://user:password@host")
            })
            .transpose()?;
        let from = config.mail_from.parse().context(
            "VERKOSTO_MAIL_FROM must be an address like `Verkosto <verkosto@example.org>`",
        )?;
        Ok(Self {
            transport,
            from,
            public_url,
        })
    }
}

impl Mailer for OutboundMail {
    fn delivers(&self) -> bool {
        self.transport.is_some()
    }

    fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }

    fn send(&self, mail: Mail) -> BoxFuture<'_, Result<(), String>> {
        Box::pin(async move {
            let Some(transport) = &self.transport else {
                tracing::info!(to = %mail.to, subject = %mail.subject, body = %mail.body, "mail not sent (no VERKOSTO_SMTP_URL); pass it on by hand");
                return Ok(());
            };
            let to: Mailbox = mail
                .to
                .parse()
                .map_err(|e| format!("{:?} is not an address mail can go to: {e}", mail.to))?;
            let mut message = Message::builder()
                .from(self.from.clone())
                .to(to)
                .subject(mail.subject);
            if let Some(link) = &mail.unsubscribe {
                for header in unsubscribe_headers(link)? {
                    message = message.raw_header(header);
                }
            }
            let message = message
                .body(mail.body)
                .map_err(|e| format!("the message could not be built: {e}"))?;
            transport.send(message).await.map(|_| ()).map_err(|e| {
                tracing::warn!(error = %e, "sending mail failed");
                format!("the mail server refused the message: {e}")
            })
        })
    }
}

/// `List-Unsubscribe` with `link` and `List-Unsubscribe-Post` (RFC 2369 and 8058): mail programs
/// show an unsubscribe button that POSTs to the link, which turns this kind of mail off at once.
fn unsubscribe_headers(link: &str) -> Result<[HeaderValue; 2], String> {
    // Written as is (a header value is otherwise encoded and folded, which a URL must not be):
    // a link of printable ASCII only, as ours are.
    if !link.chars().all(|c| c.is_ascii_graphic()) {
        return Err(format!(
            "the unsubscribe link {link:?} is not printable ASCII"
        ));
    }
    let pre_encoded = |name: &'static str, value: String| {
        HeaderValue::dangerous_new_pre_encoded(
            HeaderName::new_from_ascii_str(name),
            value.clone(),
            value,
        )
    };
    Ok([
        pre_encoded("List-Unsubscribe", format!("<{link}>")),
        pre_encoded(
            "List-Unsubscribe-Post",
            "List-Unsubscribe=One-Click".to_owned(),
        ),
    ])
}
