//! Secrets and how they are stored: generation from a CSPRNG, argon2id PHC
//! strings, verification through argon2.

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use rand::Rng;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::sync::{Arc, LazyLock};
use zeroize::Zeroizing;

/// How long the worker that hashes a portal's stored secrets waits before it
/// starts: long enough for the first screen to be drawn, far shorter than
/// anyone takes to sign in.
const PREPARE_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

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
    /// The cheapest parameters argon2 accepts (m=8 KiB, t=1, p=1): for
    /// simulations whose secrets are nobody's (checking documentation,
    /// drafting scripts, screenshots, `play`), where the hashes are still
    /// argon2id PHC strings verified through argon2, only cheap. Never for a
    /// trainee's own runs or a real deployment.
    pub const MINIMAL: HashParams = HashParams {
        m_cost_kib: 8,
        t_cost: 1,
        p_cost: 1,
    };

    /// [`HashParams::MINIMAL`], for tests that hash many times.
    pub const TEST_ONLY_MINIMAL: HashParams = HashParams::MINIMAL;

    /// Whether one hash at these parameters is costly enough (4 MiB·pass
    /// or more; the default is 38) to be worth doing on a worker thread
    /// rather than when first needed.
    pub fn is_costly(self) -> bool {
        u64::from(self.m_cost_kib) * u64::from(self.t_cost) >= 4 * 1024
    }

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
    let salt = draw_salt(rng);
    hash_with_salt(params, &salt, secret)
}

/// A salt: 16 bytes from `rng`.
fn draw_salt(rng: &mut impl Rng) -> [u8; SALT_LEN] {
    let mut salt = [0u8; SALT_LEN];
    rng.fill(&mut salt);
    salt
}

/// The length of a salt, in bytes (RFC 9106 recommends 16).
const SALT_LEN: usize = 16;

/// The length of a hash, in bytes (the PHC strings' default, as argon2's).
const OUTPUT_LEN: usize = Params::DEFAULT_OUTPUT_LEN;

/// Hashes `secret` with `salt` into an argon2id PHC string
/// (`$argon2id$v=19$m=…,t=…,p=…$<salt>$<hash>`), in the thread's reused memory.
fn hash_with_salt(params: HashParams, salt: &[u8], secret: &str) -> Result<String, String> {
    let salt = SaltString::encode_b64(salt).map_err(|e| e.to_string())?;
    let argon2 = params.argon2()?;
    let mut out = [0u8; OUTPUT_LEN];
    let mut raw_salt = [0u8; 64];
    let raw_salt = salt.decode_b64(&mut raw_salt).map_err(|e| e.to_string())?;
    argon2_into(&argon2, secret.as_bytes(), raw_salt, &mut out).map_err(|e| e.to_string())?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(argon2.params()).map_err(|e| e.to_string())?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| e.to_string())?),
    };
    Ok(phc.to_string())
}

/// Whether `candidate` matches the PHC string: argon2 with the algorithm,
/// version, parameters and salt read from it, compared in constant time
/// (what `argon2::PasswordVerifier` does, in the thread's reused memory).
pub(crate) fn verify(phc: &str, candidate: &str) -> bool {
    let Ok(hash) = PasswordHash::new(phc) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (hash.salt, hash.hash) else {
        return false;
    };
    let (Ok(algorithm), Ok(params)) =
        (Algorithm::try_from(hash.algorithm), Params::try_from(&hash))
    else {
        return false;
    };
    let version = match hash.version.map(Version::try_from).transpose() {
        Ok(v) => v.unwrap_or_default(),
        Err(_) => return false,
    };
    let mut raw_salt = [0u8; 64];
    let Ok(raw_salt) = salt.decode_b64(&mut raw_salt) else {
        return false;
    };
    let argon2 = Argon2::new(algorithm, version, params);
    let mut out = [0u8; 64];
    let Some(out) = out.get_mut(..expected.len()) else {
        return false;
    };
    argon2_into(&argon2, candidate.as_bytes(), raw_salt, out).is_ok()
        && Output::new(out).is_ok_and(|computed| computed == expected)
}

thread_local! {
    /// argon2's working memory, one block per thread, grown to the largest
    /// cost asked for and reused, so hashing does not allocate (and leave
    /// resident) a fresh buffer of `m_cost` KiB per operation.
    static MEMORY: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
    /// How many argon2 operations this thread has done.
    static OPERATIONS: Cell<u64> = const { Cell::new(0) };
}

/// How many argon2 operations (hashes and verifications) the calling thread
/// has done so far.
#[cfg(test)]
pub(crate) fn operations_on_this_thread() -> u64 {
    OPERATIONS.with(Cell::get)
}

/// The size of the calling thread's reused argon2 memory, in 1 KiB blocks.
#[cfg(test)]
fn memory_blocks_on_this_thread() -> usize {
    MEMORY.with(|m| m.borrow().len())
}

/// argon2 of `pwd` and `salt` into `out`, in the thread's reused memory.
fn argon2_into(argon2: &Argon2<'_>, pwd: &[u8], salt: &[u8], out: &mut [u8]) -> argon2::Result<()> {
    let count = argon2.params().block_count();
    OPERATIONS.with(|n| n.set(n.get() + 1));
    MEMORY.with(|memory| match memory.try_borrow_mut() {
        Ok(mut blocks) => {
            if blocks.len() < count {
                blocks.resize(count, Block::default());
            }
            argon2.hash_password_into_with_memory(pwd, salt, out, &mut blocks[..count])
        }
        // Not reached (hashing never calls itself); a fresh buffer if it were.
        Err(_) => argon2.hash_password_into(pwd, salt, out),
    })
}

/// A stored secret: its argon2id PHC string, computed when it is first
/// needed (to verify a candidate, or to list the stored hashes) rather than
/// when the portal is built. The salt is drawn at once, so a seeded portal's
/// random draws, and its PHC strings, do not depend on when the hash is done.
///
/// Clones share the one computation. Until then the plaintext is held as a
/// [`Secret`] (wiped when dropped); it is dropped once hashed.
#[derive(Clone)]
pub(crate) struct StoredSecret(Arc<LazyLock<String, PendingHash>>);

type PendingHash = Box<dyn FnOnce() -> String + Send>;

impl StoredSecret {
    /// Hashes `plain` now.
    pub(crate) fn hashed(
        params: HashParams,
        rng: &mut impl Rng,
        plain: &str,
    ) -> Result<Self, String> {
        let phc = hash(params, rng, plain)?;
        Ok(StoredSecret(Arc::new(LazyLock::new(Box::new(move || phc)))))
    }

    /// Draws the salt now and hashes `plain` on first use. `params` must have
    /// passed [`HashParams::validate`]: with a 16-byte salt and a 32-byte
    /// output nothing else can fail.
    pub(crate) fn deferred(params: HashParams, rng: &mut impl Rng, plain: Secret) -> Self {
        let salt = draw_salt(rng);
        StoredSecret(Arc::new(LazyLock::new(Box::new(move || {
            // Unreachable error (see above); an empty string verifies nothing
            // and is not a PHC string, which the property tests would catch.
            hash_with_salt(params, &salt, plain.expose()).unwrap_or_default()
        }))))
    }

    /// The argon2id PHC string, hashing now if that has not been done.
    pub(crate) fn phc(&self) -> &str {
        LazyLock::force(&self.0).as_str()
    }

    /// Whether `candidate` is the secret (argon2, see [`verify`]).
    pub(crate) fn verify(&self, candidate: &str) -> bool {
        verify(self.phc(), candidate)
    }

    /// Does the deferred hashing on a worker thread, starting
    /// [`PREPARE_AFTER`] later, so that it is done (or
    /// under way) before it is first needed; whoever needs it first waits for
    /// it, or does it, never twice.
    pub(crate) fn prepare_in_background(secrets: Vec<StoredSecret>) {
        if secrets.is_empty() {
            return;
        }
        // Without a thread, each hash is done when first needed.
        let _ = std::thread::Builder::new()
            .name("argon2".into())
            .spawn(move || {
                // The first screen is drawn before the hashing starts: on two
                // cores, argon2's 19 MiB and its page faults otherwise slow
                // the first frame. A trainee needs a hash seconds later at the
                // earliest (signing in); should anything need one sooner, it
                // hashes it itself.
                std::thread::sleep(PREPARE_AFTER);
                for s in &secrets {
                    // Skip what no portal holds any more (it was dropped).
                    if Arc::strong_count(&s.0) > 1 {
                        s.phc();
                    }
                }
            });
    }
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
    fn hashes_are_the_ones_argon2_itself_makes_and_verifies() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let params = HashParams {
            m_cost_kib: 64,
            t_cost: 2,
            p_cost: 1,
        };
        let salt = [7u8; SALT_LEN];
        let ours = hash_with_salt(params, &salt, "abcdefghijklmnop").expect("hash");
        let salt_string = SaltString::encode_b64(&salt).expect("salt");
        let argon2 = params.argon2().expect("params");
        let theirs = argon2
            .hash_password(b"abcdefghijklmnop", &salt_string)
            .expect("argon2")
            .to_string();
        assert_eq!(ours, theirs);
        let parsed = PasswordHash::new(&ours).expect("PHC");
        assert!(Argon2::default()
            .verify_password(b"abcdefghijklmnop", &parsed)
            .is_ok());
        assert!(verify(&theirs, "abcdefghijklmnop"));
        assert!(!verify(&theirs, "abcdefghijklmnoq"));
    }

    #[test]
    fn one_block_of_memory_is_reused_for_every_operation() {
        let params = HashParams {
            m_cost_kib: 256,
            t_cost: 1,
            p_cost: 1,
        };
        let mut rng = ChaCha20Rng::seed_from_u64(5);
        let phc = hash(params, &mut rng, "abcdefghijklmnop").expect("hash");
        let size = memory_blocks_on_this_thread();
        assert!(size >= 256, "{size}");
        for _ in 0..3 {
            assert!(verify(&phc, "abcdefghijklmnop"));
            let _ = hash(HashParams::TEST_ONLY_MINIMAL, &mut rng, "x").expect("hash");
        }
        // Smaller costs use the front of the same block; it never grows past the largest.
        assert_eq!(memory_blocks_on_this_thread(), size);
    }

    #[test]
    fn a_deferred_secret_is_hashed_once_when_first_needed_and_shared_by_clones() {
        let mut eager_rng = ChaCha20Rng::seed_from_u64(9);
        let mut lazy_rng = ChaCha20Rng::seed_from_u64(9);
        let eager = hash(HashParams::TEST_ONLY_MINIMAL, &mut eager_rng, "Pa55word!").expect("hash");
        let before = operations_on_this_thread();
        let lazy = StoredSecret::deferred(
            HashParams::TEST_ONLY_MINIMAL,
            &mut lazy_rng,
            Secret::new("Pa55word!"),
        );
        let copy = lazy.clone();
        assert_eq!(operations_on_this_thread(), before, "no argon2 work yet");
        // The same salt was drawn, so the same generator state follows.
        assert_eq!(eager_rng.random::<u64>(), lazy_rng.random::<u64>());
        assert_eq!(copy.phc(), eager);
        assert_eq!(operations_on_this_thread(), before + 1);
        assert_eq!(lazy.phc(), eager, "clones share the hash");
        assert_eq!(operations_on_this_thread(), before + 1);
        assert!(lazy.verify("Pa55word!") && !lazy.verify("Pa55word?"));
    }

    #[test]
    fn background_preparation_hashes_on_another_thread() {
        let mut rng = ChaCha20Rng::seed_from_u64(11);
        let secrets: Vec<StoredSecret> = (0..3)
            .map(|_| {
                let plain = generate_app_password(&mut rng);
                StoredSecret::deferred(HashParams::TEST_ONLY_MINIMAL, &mut rng, plain)
            })
            .collect();
        StoredSecret::prepare_in_background(secrets.clone());
        let before = operations_on_this_thread();
        for s in &secrets {
            assert!(s.phc().starts_with("$argon2id$v=19$m=8,t=1,p=1$"));
        }
        // Whichever thread got to each first did it; never both.
        assert!(operations_on_this_thread() - before <= 3);
    }

    #[test]
    fn the_production_cost_is_costly_and_the_minimal_one_is_not() {
        assert!(HashParams::default().is_costly());
        assert!(!HashParams::TEST_ONLY_MINIMAL.is_costly());
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
