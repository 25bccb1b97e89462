//! Configuration from `VERKOSTO_*` environment variables, with defaults for the embedded mode.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use anyhow::{Context, bail};

/// Where the server runs: development (embedded defaults) or production (strict).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    /// Local or demo use: a signing secret is generated under the data directory.
    Development,
    /// Real use: a configured signing secret is required.
    Production,
}

/// When to load the demo data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoSeed {
    /// Seed an empty database, except in production.
    Auto,
    /// Always seed an empty database.
    Always,
    /// Never seed.
    Never,
}

/// Which search engine holds the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchEngine {
    /// tantivy, embedded, under `<data dir>/index`.
    Embedded,
    /// A Meilisearch server.
    Meilisearch {
        /// Its URL (`VERKOSTO_MEILISEARCH_URL`).
        url: String,
        /// Its API key (`VERKOSTO_MEILISEARCH_KEY`).
        key: Option<String>,
        /// The index uid (`VERKOSTO_MEILISEARCH_INDEX`, default `verkosto`).
        index: String,
    },
}

/// Everything the server needs to start.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on (`VERKOSTO_BIND`, default 127.0.0.1:8080).
    pub bind: SocketAddr,
    /// Directory for the embedded database and secrets (`VERKOSTO_DATA_DIR`, default ./data).
    pub data_dir: PathBuf,
    /// Database URL (`VERKOSTO_DATABASE_URL`, default SQLite under the data directory).
    pub database_url: String,
    /// `VERKOSTO_ENV`: development (default) or production.
    pub environment: Environment,
    /// `VERKOSTO_JWT_SECRET`: the access-token signing secret, at least 32 bytes.
    pub jwt_secret: Option<String>,
    /// `VERKOSTO_DEMO`: auto (default), true or false.
    pub demo: DemoSeed,
    /// `VERKOSTO_WEB_DIR`: the built web app to serve at `/`; unset, [`DEFAULT_WEB_DIR`] when it
    /// holds a build.
    pub web_dir: Option<PathBuf>,
    /// The search engine: embedded tantivy unless `VERKOSTO_MEILISEARCH_URL` is set.
    pub search: SearchEngine,
    /// `VERKOSTO_SMTP_URL` (`smtp://host:port`, `smtps://user:password@host`): send mail through
    /// it; without it invitation links are logged and shown to the coordinator instead.
    pub smtp_url: Option<String>,
    /// `VERKOSTO_MAIL_FROM`: the sender of Verkosto's mail.
    pub mail_from: String,
    /// `VERKOSTO_PUBLIC_URL`: the address people open Verkosto at, for links in mail
    /// (default `http://` and the bound address); `https://` marks the refresh cookie `Secure`.
    pub public_url: Option<String>,
}

/// Shortest accepted signing secret, in bytes.
pub const MIN_SECRET_LEN: usize = 32;

/// Where `npm run build` in `frontend/` puts the web app, relative to the working directory.
pub const DEFAULT_WEB_DIR: &str = "frontend/dist";

impl Config {
    /// Reads the environment.
    pub fn from_env() -> anyhow::Result<Self> {
        Ok(Self::from_lookup(|key| std::env::var(key).ok())?
            .with_default_web_dir(|dir| dir.join("index.html").is_file()))
    }

    /// Serves [`DEFAULT_WEB_DIR`] when `VERKOSTO_WEB_DIR` is unset and `is_built` says it holds
    /// a build, so that `cargo run` after `npm run build` serves the web app too.
    pub fn with_default_web_dir(mut self, is_built: impl Fn(&Path) -> bool) -> Self {
        if self.web_dir.is_none() && is_built(Path::new(DEFAULT_WEB_DIR)) {
            self.web_dir = Some(PathBuf::from(DEFAULT_WEB_DIR));
        }
        self
    }

    /// Reads configuration through `get` (the environment, or a map in tests).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let bind = get("VERKOSTO_BIND")
            .unwrap_or_else(|| "127.0.0.1:8080".to_owned())
            .parse()
            .context("VERKOSTO_BIND must be an address like 127.0.0.1:8080")?;
        let data_dir =
            PathBuf::from(get("VERKOSTO_DATA_DIR").unwrap_or_else(|| "./data".to_owned()));
        let database_url = get("VERKOSTO_DATABASE_URL").unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("verkosto.db").display()
            )
        });
        let environment = match get("VERKOSTO_ENV").as_deref() {
            None | Some("development") | Some("dev") => Environment::Development,
            Some("production") | Some("prod") => Environment::Production,
            Some(other) => bail!("VERKOSTO_ENV must be development or production, not {other:?}"),
        };
        let demo = match get("VERKOSTO_DEMO").as_deref() {
            None | Some("auto") => DemoSeed::Auto,
            Some("true") | Some("1") | Some("yes") => DemoSeed::Always,
            Some("false") | Some("0") | Some("no") => DemoSeed::Never,
            Some(other) => bail!("VERKOSTO_DEMO must be auto, true or false, not {other:?}"),
        };
        let jwt_secret = get("VERKOSTO_JWT_SECRET").filter(|s| !s.is_empty());
        if let Some(secret) = &jwt_secret
            && secret.len() < MIN_SECRET_LEN
        {
            bail!(
                "VERKOSTO_JWT_SECRET is {} bytes; use at least {MIN_SECRET_LEN} random bytes",
                secret.len()
            );
        }
        if environment == Environment::Production && jwt_secret.is_none() {
            bail!(
                "VERKOSTO_ENV=production needs VERKOSTO_JWT_SECRET (at least {MIN_SECRET_LEN} random bytes, e.g. `openssl rand -base64 48`)"
            );
        }
        let web_dir = get("VERKOSTO_WEB_DIR").map(PathBuf::from);
        let search = match get("VERKOSTO_MEILISEARCH_URL").filter(|u| !u.is_empty()) {
            Some(url) => SearchEngine::Meilisearch {
                url,
                key: get("VERKOSTO_MEILISEARCH_KEY").filter(|k| !k.is_empty()),
                index: get("VERKOSTO_MEILISEARCH_INDEX").unwrap_or_else(|| "verkosto".to_owned()),
            },
            None => SearchEngine::Embedded,
        };
        let smtp_url = get("VERKOSTO_SMTP_URL").filter(|u| !u.is_empty());
        let mail_from = get("VERKOSTO_MAIL_FROM")
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| "Verkosto <verkosto@localhost>".to_owned());
        let public_url = get("VERKOSTO_PUBLIC_URL")
            .filter(|u| !u.is_empty())
            .map(|u| u.trim_end_matches('/').to_owned());
        Ok(Self {
            bind,
            data_dir,
            database_url,
            environment,
            jwt_secret,
            demo,
            web_dir,
            search,
            smtp_url,
            mail_from,
            public_url,
        })
    }

    /// Whether demo data goes into an empty database.
    pub fn seeds_demo(&self) -> bool {
        match self.demo {
            DemoSeed::Always => true,
            DemoSeed::Never => false,
            DemoSeed::Auto => self.environment == Environment::Development,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(vars: &[(&str, &str)]) -> anyhow::Result<Config> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_are_the_embedded_mode() {
        let config = config(&[]).unwrap();
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(config.data_dir, PathBuf::from("./data"));
        assert!(
            config
                .database_url
                .starts_with("sqlite://./data/verkosto.db")
        );
        assert!(config.seeds_demo());
    }

    #[test]
    fn production_refuses_to_start_without_a_secret() {
        let err = config(&[("VERKOSTO_ENV", "production")]).unwrap_err();
        assert!(err.to_string().contains("VERKOSTO_JWT_SECRET"), "{err}");
        let ok = config(&[
            ("VERKOSTO_ENV", "production"),
            ("VERKOSTO_JWT_SECRET", &"x".repeat(40)),
        ])
        .unwrap();
        assert!(!ok.seeds_demo());
    }

    #[test]
    fn the_built_web_app_is_served_unless_another_directory_is_named() {
        let built = config(&[]).unwrap().with_default_web_dir(|_| true);
        assert_eq!(built.web_dir, Some(PathBuf::from(DEFAULT_WEB_DIR)));
        let missing = config(&[]).unwrap().with_default_web_dir(|_| false);
        assert_eq!(missing.web_dir, None);
        let named = config(&[("VERKOSTO_WEB_DIR", "/srv/web")])
            .unwrap()
            .with_default_web_dir(|_| true);
        assert_eq!(named.web_dir, Some(PathBuf::from("/srv/web")));
    }

    #[test]
    fn a_short_secret_is_refused() {
        assert!(config(&[("VERKOSTO_JWT_SECRET", "short")]).is_err());
    }
}
