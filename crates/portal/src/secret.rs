//! Secrets and how they are stored: generation from a CSPRNG, argon2id PHC
//! strings, verification through argon2.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::Rng;
use std::fmt;
use zeroize::Zeroizing;

/// Text that must not reach logs: its `Debug` shows only its length, and its
/// memory is wiped when dropped.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps a secret.
    pub fn new(text: impl Into<String>) -> Self {
        Secret(Zeroizing::new(text.into()))
    }

    /// The secret itself, for the one place that must show or check it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Its length in characters.
    pub fn len(&self) -> usize {
        self.0.chars().count()
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn push_str(&mut self, s: &str) {
        self.0.push_str(s);
    }

    pub(crate) fn clear(&mut self) {
        *self = Secret::default();
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // i18n-exempt: Debug output for developers; never the secret
        write!(f, "Secret(<{} chars>)", self.len())
    }
}

/// argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashParams {
    /// Memory, in KiB.
    pub m_cost_kib: u32,
    /// Iterations.
    pub t_cost: u32,
    /// Lanes.
    pub p_cost: u32,
}

impl Default for HashParams {
    /// The argon2 crate's recommended parameters (OWASP: 19 MiB, 2 passes, 1 lane).
    fn default() -> Self {
        HashParams {
            m_cost_kib: Params::DEFAULT_M_COST,
            t_cost: Params::DEFAULT_T_COST,
            p_cost: Params::DEFAULT_P_COST,
        }
    }
}

impl HashParams {
    /// The cheapest parameters argon2 accepts. For tests that hash many times;
    /// never for a real deployment.
    pub const TEST_ONLY_MINIMAL: HashParams = HashParams {
        m_cost_kib: 8,
        t_cost: 1,
        p_cost: 1,
    };

    /// Checks the parameters are ones argon2 accepts.
    pub fn validate(self) -> Result<Self, String> {
        self.argon2().map(|_| self)
    }

    fn argon2(self) -> Result<Argon2<'static>, String> {
        let params = Params::new(self.m_cost_kib, self.t_cost, self.p_cost, None)
            .map_err(|e| e.to_string())?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }
}

/// The length of an app password.
pub const APP_PASSWORD_LEN: usize = 16;

/// A new app password: 16 lowercase letters, uniformly drawn.
pub(crate) fn generate_app_password(rng: &mut impl Rng) -> Secret {
    let text: String = (0..APP_PASSWORD_LEN)
        .map(|_| char::from(b'a' + rng.random_range(0..26u8)))
        .collect();
    Secret::new(text)
}

/// Whether `s` has the shape of an app password.
pub fn is_app_password_shaped(s: &str) -> bool {
    s.len() == APP_PASSWORD_LEN && s.bytes().all(|b| b.is_ascii_lowercase())
}

/// Hashes `secret` with a fresh salt into an argon2id PHC string.
pub(crate) fn hash(params: HashParams, rng: &mut impl Rng, secret: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    rng.fill(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    let phc = params
        .argon2()?
        .hash_password(secret.as_bytes(), &salt)
        .map_err(|e| e.to_string())?;
    Ok(phc.to_string())
}

/// Whether `candidate` matches the PHC string (parameters are read from it).
pub(crate) fn verify(phc: &str, candidate: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| {
        Argon2::default()
            .verify_password(candidate.as_bytes(), &h)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha20Rng;

    #[test]
    fn app_passwords_are_sixteen_lowercase_letters_and_seeded_ones_repeat() {
        let mut a = ChaCha20Rng::seed_from_u64(7);
        let mut b = ChaCha20Rng::seed_from_u64(7);
        let first = generate_app_password(&mut a);
        assert!(is_app_password_shaped(first.expose()), "{}", first.expose());
        assert_eq!(first, generate_app_password(&mut b));
        assert_ne!(first, generate_app_password(&mut a));
    }

    #[test]
    fn generated_letters_cover_the_alphabet() {
        let mut rng = ChaCha20Rng::seed_from_u64(1);
        let mut seen = [false; 26];
        for _ in 0..100 {
            for b in generate_app_password(&mut rng).expose().bytes() {
                seen[usize::from(b - b'a')] = true;
            }
        }
        assert!(seen.iter().all(|s| *s));
    }

    #[test]
    fn hashes_are_argon2id_phc_strings_that_verify_only_the_secret() {
        let mut rng = ChaCha20Rng::seed_from_u64(3);
        let phc = hash(HashParams::TEST_ONLY_MINIMAL, &mut rng, "abcdefghijklmnop").expect("hash");
        assert!(phc.starts_with("$argon2id$v=19$m=8,t=1,p=1$"), "{phc}");
        assert!(!phc.contains("abcdefghijklmnop"));
        assert!(verify(&phc, "abcdefghijklmnop"));
        assert!(!verify(&phc, "abcdefghijklmnoq"));
        assert!(!verify("not a phc string", "abcdefghijklmnop"));
    }

    #[test]
    fn default_parameters_are_the_recommended_ones() {
        let p = HashParams::default();
        assert_eq!((p.m_cost_kib, p.t_cost, p.p_cost), (19 * 1024, 2, 1));
        assert!(HashParams {
            m_cost_kib: 1,
            t_cost: 0,
            p_cost: 0
        }
        .validate()
        .is_err());
    }

    #[test]
    fn secrets_do_not_show_in_debug_output() {
        let s = Secret::new("hunter2hunter2ab");
        assert_eq!(format!("{s:?}"), "Secret(<16 chars>)");
    }
}
