//! Feature hashing: a fixed, platform-independent 64-bit hash, so a model trained on a
//! 64-bit machine finds the same features in the 32-bit wasm build. (std's hashers are
//! randomised or word-size dependent, which rules them out here.)

/// Hashes bytes with FNV-1a and a final avalanche, so the low 32 bits (the model's keys)
/// are as well mixed as the high ones.
pub fn bytes(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    avalanche(h)
}

/// Combines two hashes, order-sensitively: a feature is `mix(template, value)`, and a
/// pair feature `mix(mix(template, a), b)`.
pub fn mix(a: u64, b: u64) -> u64 {
    avalanche(a.rotate_left(27) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// A hasher for keys that are already hashes: it passes the `u64` through, so maps keyed
/// by feature or word hashes skip std's (much slower, DoS-resistant) SipHash.
#[derive(Default, Clone, Copy)]
pub struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed here; anything else still gets a fair hash.
        self.0 = mix(self.0, super::hash::bytes(bytes));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Builds [`PassThrough`] hashers for `HashMap`/`HashSet`.
pub type Prehashed = std::hash::BuildHasherDefault<PassThrough>;

/// The splitmix64 finaliser.
fn avalanche(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hasher};

    const PINNED: u64 = 6_270_092_177_356_519_383;

    #[test]
    fn pass_through_keeps_u64_keys() {
        let mut h = Prehashed::default().build_hasher();
        h.write_u64(42);
        assert_eq!(h.finish(), 42);
    }

    #[test]
    fn is_fixed_across_platforms_and_order_sensitive() {
        // The shipped model depends on these exact values.
        assert_eq!(bytes(b""), avalanche(0xcbf2_9ce4_8422_2325));
        assert_eq!(bytes(b"Bamako"), bytes(b"Bamako"));
        assert_ne!(bytes(b"Bamako"), bytes(b"bamako"));
        assert_ne!(mix(1, 2), mix(2, 1));
        assert_eq!(bytes(b"Bamako"), PINNED);
    }
}
