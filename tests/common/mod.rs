//! What several integration tests share: a small random generator from a fixed seed, so that
//! property tests draw the same inputs on every machine without an extra crate.

/// xorshift64*: small, fast, and the same on every machine.
pub struct Rng(pub u64);

#[allow(dead_code)]
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number from 0 to `n - 1` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// A number from 0 to `n`, both included.
    pub fn upto(&mut self, n: u32) -> u32 {
        (self.next() % (u64::from(n) + 1)) as u32
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}
