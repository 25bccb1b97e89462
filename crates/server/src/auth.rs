//! JWTs the server signs (HS256, pinned): access tokens and the tokens of the links that turn
//! off a kind of notification mail; their verification, and the signing secret.

use std::{fs, io::Write, path::Path};

use anyhow::Context;
use base64::{Engine, engine::general_purpose::STANDARD};
use jsonwebtoken::{
    Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode, get_current_timestamp,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use verkosto_domain::{NotificationMail, PersonId, SessionId};
use verkosto_graphql::{IssuedToken, TokenIssuer};

use crate::config::Config;

/// The `iss` claim of our tokens.
pub const ISSUER: &str = "verkosto";
/// The `aud` claim of our tokens.
pub const AUDIENCE: &str = "verkosto-api";
/// The `aud` claim of unsubscribe links' tokens, which are never accepted as access tokens.
pub const UNSUBSCRIBE_AUDIENCE: &str = "verkosto-unsubscribe";
/// Access tokens live 15 minutes; the refresh token gets the next one.
pub const ACCESS_TOKEN_SECONDS: u64 = 15 * 60;
/// Clock skew tolerated when checking `exp` and `nbf`.
pub const LEEWAY_SECONDS: u64 = 5;

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: Uuid,
    sid: Uuid,
    iss: String,
    aud: String,
    iat: u64,
    nbf: u64,
    exp: u64,
}

/// What an unsubscribe link's token says: whose mail of which kind to turn off. It does not
/// expire (a link in an old mail still works), and all it can do is turn that mail off.
#[derive(Debug, Serialize, Deserialize)]
struct UnsubscribeClaims {
    sub: Uuid,
    mail: NotificationMail,
    iss: String,
    aud: String,
    iat: u64,
}

/// Signs and verifies access tokens and unsubscribe tokens with one HMAC secret.
pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    unsubscribe_validation: Validation,
}

impl JwtKeys {
    /// Keys from a secret of at least 32 bytes.
    pub fn new(secret: &[u8]) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = LEEWAY_SECONDS;
        let mut unsubscribe_validation = Validation::new(Algorithm::HS256);
        unsubscribe_validation.set_issuer(&[ISSUER]);
        unsubscribe_validation.set_audience(&[UNSUBSCRIBE_AUDIENCE]);
        unsubscribe_validation.set_required_spec_claims(&["iss", "aud", "sub"]);
        unsubscribe_validation.validate_exp = false;
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            unsubscribe_validation,
        }
    }

    /// The person and session of a valid token; `None` for anything else.
    pub fn verify(&self, token: &str) -> Option<(PersonId, SessionId)> {
        decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()
            .map(|data| (PersonId(data.claims.sub), SessionId(data.claims.sid)))
    }
}

impl TokenIssuer for JwtKeys {
    fn issue(&self, person: PersonId, session: SessionId) -> Result<IssuedToken, String> {
        let now = get_current_timestamp();
        let claims = Claims {
            sub: person.0,
            sid: session.0,
            iss: ISSUER.to_owned(),
            aud: AUDIENCE.to_owned(),
            iat: now,
            nbf: now,
            exp: now + ACCESS_TOKEN_SECONDS,
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| e.to_string())?;
        Ok(IssuedToken {
            token,
            expires_in: i64::try_from(ACCESS_TOKEN_SECONDS).unwrap_or(i64::MAX),
        })
    }

    fn unsubscribe_token(
        &self,
        person: PersonId,
        kind: NotificationMail,
    ) -> Result<String, String> {
        let claims = UnsubscribeClaims {
            sub: person.0,
            mail: kind,
            iss: ISSUER.to_owned(),
            aud: UNSUBSCRIBE_AUDIENCE.to_owned(),
            iat: get_current_timestamp(),
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding).map_err(|e| e.to_string())
    }

    fn verify_unsubscribe(&self, token: &str) -> Option<(PersonId, NotificationMail)> {
        decode::<UnsubscribeClaims>(token, &self.decoding, &self.unsubscribe_validation)
            .ok()
            .map(|data| (PersonId(data.claims.sub), data.claims.mail))
    }
}

/// The configured secret, or (embedded mode) the one kept in `<data dir>/jwt-secret`, made once.
pub fn signing_secret(config: &Config) -> anyhow::Result<Vec<u8>> {
    if let Some(secret) = &config.jwt_secret {
        return Ok(secret.as_bytes().to_vec());
    }
    let path = config.data_dir.join("jwt-secret");
    if path.exists() {
        let text = fs::read_to_string(&path).with_context(|| format!("read {}", path.display()))?;
        return STANDARD.decode(text.trim()).with_context(|| {
            format!(
                "{} is not base64; delete it to make a new secret",
                path.display()
            )
        });
    }
    let secret: [u8; 64] = rand::random();
    write_private(&path, STANDARD.encode(secret).as_bytes())?;
    tracing::info!(path = %path.display(), "generated a new token signing secret");
    Ok(secret.to_vec())
}

/// Writes a file only its owner can read.
fn write_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("create {}", path.display()))?;
    file.write_all(contents)?;
    file.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> JwtKeys {
        JwtKeys::new(&[7u8; 32])
    }

    #[test]
    fn a_token_verifies_with_its_own_keys_only() {
        let (person, session) = (PersonId::new(), SessionId::new());
        let token = keys().issue(person, session).unwrap().token;
        assert_eq!(keys().verify(&token), Some((person, session)));
        assert_eq!(JwtKeys::new(&[8u8; 32]).verify(&token), None);
    }

    #[test]
    fn an_expired_token_is_refused() {
        let now = get_current_timestamp();
        let claims = Claims {
            sub: Uuid::now_v7(),
            sid: Uuid::now_v7(),
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            iat: now - 3_600,
            nbf: now - 3_600,
            exp: now - 60,
        };
        let token = encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(&[7u8; 32]),
        )
        .unwrap();
        assert_eq!(keys().verify(&token), None);
    }

    #[test]
    fn a_token_with_another_algorithm_or_audience_is_refused() {
        let now = get_current_timestamp();
        let claims = Claims {
            sub: Uuid::now_v7(),
            sid: Uuid::now_v7(),
            iss: ISSUER.into(),
            aud: "someone-else".into(),
            iat: now,
            nbf: now,
            exp: now + 60,
        };
        let secret = EncodingKey::from_secret(&[7u8; 32]);
        let wrong_audience = encode(&Header::new(Algorithm::HS256), &claims, &secret).unwrap();
        assert_eq!(keys().verify(&wrong_audience), None);
        let claims = Claims {
            aud: AUDIENCE.into(),
            ..claims
        };
        let wrong_algorithm = encode(&Header::new(Algorithm::HS512), &claims, &secret).unwrap();
        assert_eq!(keys().verify(&wrong_algorithm), None);
    }
}
