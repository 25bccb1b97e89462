//! A real SMTP server for the mail journeys: Python's aiosmtpd (from PyPI) on a free local port,
//! writing what it receives into a maildir that the tests read back.
//!
//! The interpreter is `VERKOSTO_TEST_PYTHON` (scripts/test sets it to a virtual environment with
//! aiosmtpd installed), else `python3`. Without aiosmtpd a test fails and says how to get it.

use mail_parser::MessageParser;
use std::{
    net::TcpListener,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};
use verkosto_testkit::TestApp;

/// A running aiosmtpd, stopped when dropped.
pub struct SmtpServer {
    child: Child,
    /// The port it listens on, at 127.0.0.1.
    pub port: u16,
    maildir: tempfile::TempDir,
}

impl SmtpServer {
    /// Starts aiosmtpd and waits until it listens.
    pub fn start() -> Self {
        let python = std::env::var("VERKOSTO_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
        let has_aiosmtpd = Command::new(&python)
            .args(["-c", "import aiosmtpd"])
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            has_aiosmtpd,
            "{python} has no aiosmtpd: run the suite with scripts/test (it installs it), or \
             `python3 -m venv ~/.cache/verkosto-venv && ~/.cache/verkosto-venv/bin/pip install aiosmtpd` \
             and set VERKOSTO_TEST_PYTHON=~/.cache/verkosto-venv/bin/python"
        );
        let port = free_port();
        let maildir = tempfile::tempdir().unwrap();
        let child = Command::new(&python)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path().join("box"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start aiosmtpd");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not start listening"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            child,
            port,
            maildir,
        }
    }

    /// The messages delivered so far.
    pub fn messages(&self) -> Vec<Vec<u8>> {
        let new = self.maildir.path().join("box").join("new");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&new)
            .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort();
        files.iter().map(|f| read(f)).collect()
    }
}

impl SmtpServer {
    /// Waits (up to 20 s) until `count` messages have arrived, for mail sent after the answer;
    /// it yields to the runtime, where the server's mail task runs.
    pub async fn wait_for(&self, count: usize) -> Vec<Vec<u8>> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let messages = self.messages();
            if messages.len() >= count || Instant::now() > deadline {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The messages delivered so far, parsed.
    pub fn delivered(&self) -> Vec<Delivered> {
        Delivered::parse_all(&self.messages())
    }

    /// The address `smtp://127.0.0.1:<port>` for `VERKOSTO_SMTP_URL`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A delivered message: its first recipient, subject, text, and the unsubscribe headers.
#[derive(Debug)]
pub struct Delivered {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// `List-Unsubscribe`, as written.
    pub list_unsubscribe: Option<String>,
    /// `List-Unsubscribe-Post`, as written.
    pub one_click: Option<String>,
}

impl Delivered {
    /// Parses raw messages.
    pub fn parse_all(messages: &[Vec<u8>]) -> Vec<Delivered> {
        messages
            .iter()
            .map(|raw| {
                let message = MessageParser::default().parse(raw).unwrap();
                let header = |name: &str| message.header_raw(name).map(|v| v.trim().to_owned());
                Delivered {
                    to: message
                        .to()
                        .and_then(|a| a.first())
                        .and_then(|a| a.address())
                        .unwrap_or_default()
                        .to_owned(),
                    subject: message.subject().unwrap_or_default().to_owned(),
                    body: message.body_text(0).unwrap().into_owned(),
                    list_unsubscribe: header("List-Unsubscribe"),
                    one_click: header("List-Unsubscribe-Post"),
                }
            })
            .collect()
    }

    /// The recipients of `mails`, sorted (a maildir keeps no order of arrival).
    pub fn recipients(mails: &[Delivered]) -> Vec<&str> {
        let mut to: Vec<&str> = mails.iter().map(|m| m.to.as_str()).collect();
        to.sort_unstable();
        to
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read a delivered message")
}

/// A server that mails through `smtp`, with links under https://verkosto.example/.
pub async fn app_mailing_to(smtp: &SmtpServer) -> TestApp {
    TestApp::spawn_with(&[
        ("VERKOSTO_SMTP_URL", &smtp.url()),
        ("VERKOSTO_MAIL_FROM", "Verkosto <verkosto@verkosto.example>"),
        ("VERKOSTO_PUBLIC_URL", "https://verkosto.example/"),
    ])
    .await
}

/// A port nobody listens on (yet).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("find a free port")
}
