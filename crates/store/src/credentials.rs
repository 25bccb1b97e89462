//! Password hashing (argon2id, OWASP parameters) and opaque tokens stored only as SHA-256 hashes.

use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::SaltString,
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::{num::NonZeroUsize, sync::OnceLock};
use tokio::sync::Semaphore;
use verkosto_domain::text::NewPassword;

use crate::{StoreError, StoreResult};

/// argon2id with 19 MiB of memory, 2 iterations, 1 lane (OWASP's first recommendation).
fn argon2() -> StoreResult<Argon2<'static>> {
    let params = Params::new(19 * 1024, 2, 1, None).map_err(|e| StoreError::Hash(e.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Runs one argon2 computation off the async runtime, at most one per core at a time: each
/// takes 19 MiB and a core's worth of work, so a flood of sign-ins waits its turn here instead of
/// taking memory without bound (200 at once took the server to 1.6 GB) and every core.
async fn hashing<T: Send + 'static>(
    work: impl FnOnce() -> StoreResult<T> + Send + 'static,
) -> StoreResult<T> {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    let slots = SLOTS.get_or_init(|| {
        Semaphore::new(std::thread::available_parallelism().map_or(1, NonZeroUsize::get))
    });
    let _slot = slots
        .acquire()
        .await
        .map_err(|e| StoreError::Hash(e.to_string()))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| StoreError::Hash(e.to_string()))?
}

/// Hashes a new password.
pub async fn hash_password(password: &NewPassword) -> StoreResult<String> {
    let password = password.expose().to_owned();
    hashing(move || {
        let salt = SaltString::encode_b64(&random_bytes::<16>())
            .map_err(|e| StoreError::Hash(e.to_string()))?;
        argon2()?
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| StoreError::Hash(e.to_string()))
    })
    .await
}

/// Checks `password` against a stored hash, or against a dummy hash when there is none, so that
/// unknown accounts take as long as known ones.
pub async fn verify_password(stored: Option<String>, password: &str) -> StoreResult<bool> {
    let password = password.to_owned();
    hashing(move || {
        let known = stored.is_some();
        let stored = match stored {
            Some(stored) => stored,
            None => dummy_hash()?,
        };
        let hash = PasswordHash::new(&stored).map_err(|e| StoreError::Hash(e.to_string()))?;
        let ok = argon2()?
            .verify_password(password.as_bytes(), &hash)
            .is_ok();
        Ok(known && ok)
    })
    .await
}

/// A hash of a random password with the same parameters, made once, used for unknown accounts.
fn dummy_hash() -> StoreResult<String> {
    static DUMMY: OnceLock<String> = OnceLock::new();
    if let Some(hash) = DUMMY.get() {
        return Ok(hash.clone());
    }
    let salt = SaltString::encode_b64(&random_bytes::<16>())
        .map_err(|e| StoreError::Hash(e.to_string()))?;
    let hash = argon2()?
        .hash_password(&random_bytes::<16>(), &salt)
        .map_err(|e| StoreError::Hash(e.to_string()))?
        .to_string();
    Ok(DUMMY.get_or_init(|| hash).clone())
}

/// `N` random bytes from the operating system's generator.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

/// A new opaque token (256 bits, URL-safe base64).
pub fn new_token() -> String {
    URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

/// The SHA-256 of a token, hex-encoded, as stored in the database.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
