//! Vietnamese alphabetical order, as `Intl.Collator('vi')` sorts: the alphabet A Ă Â B C D Đ E
//! Ê G H I K L M N O Ô Ơ P Q R S T U Ư V X Y (F J W Z in their Latin places), then, between
//! words equal letter for letter, the tones in the order ngang, huyền, hỏi, ngã, sắc, nặng,
//! then lower case before upper case. One rule for every list the app sorts by name: units on
//! the upper union's desk, candidates on a ballot. Precomposed and decomposed (NFD) text sort
//! alike. A wasm test checks it against the browser's own collator.

use std::cmp::Ordering;

/// The letters in order; each is its own letter, not a variant of another.
const ALPHABET: &str = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

/// Each vowel with its five tones, in tone order (huyền, hỏi, ngã, sắc, nặng).
const TONED: [(char, &str); 12] = [
    ('a', "àảãáạ"),
    ('ă', "ằẳẵắặ"),
    ('â', "ầẩẫấậ"),
    ('e', "èẻẽéẹ"),
    ('ê', "ềểễếệ"),
    ('i', "ìỉĩíị"),
    ('o', "òỏõóọ"),
    ('ô', "ồổỗốộ"),
    ('ơ', "ờởỡớợ"),
    ('u', "ùủũúụ"),
    ('ư', "ừửữứự"),
    ('y', "ỳỷỹýỵ"),
];

/// Combining tone marks in tone order (huyền, hỏi, ngã, sắc, nặng), for decomposed text.
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}'];

/// What a text sorts by, level by level; compare keys, or use `compare`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SortKey {
    letters: Vec<u32>,
    tones: Vec<u8>,
    cases: Vec<u8>,
}

/// One character's weights: its letter (or other character), its tone, its case; and the
/// letter without tone, which decomposed text may still change (a + breve is ă).
struct Weights {
    letter: u32,
    tone: u8,
    upper: bool,
    base: char,
}

fn weights(c: char) -> Weights {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let (base, tone) = TONED
        .iter()
        .find_map(|(base, toned)| toned.chars().position(|t| t == lower).map(|i| (*base, i as u8 + 1)))
        .unwrap_or((lower, 0));
    Weights { letter: letter_weight(base), tone, upper: lower != c, base }
}

/// Where a letter (without tone) or another character sorts.
fn letter_weight(base: char) -> u32 {
    match ALPHABET.chars().position(|a| a == base) {
        Some(i) => 1000 + i as u32,
        // Spaces, then punctuation and symbols, then digits, then letters, as the browser has it.
        None if base.is_whitespace() => 1,
        None if base.is_ascii_digit() => 900 + base as u32,
        None if base.is_ascii() => 100 + base as u32,
        None => 2000 + base as u32,
    }
}

/// The vowel that a combining circumflex, breve or horn makes of `base`.
fn modified(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('a', '\u{306}') => 'ă',
        ('a', '\u{302}') => 'â',
        ('e', '\u{302}') => 'ê',
        ('o', '\u{302}') => 'ô',
        ('o', '\u{31B}') => 'ơ',
        ('u', '\u{31B}') => 'ư',
        _ => return None,
    })
}

/// The key of `text`.
pub fn sort_key(text: &str) -> SortKey {
    let mut key = SortKey { letters: Vec::new(), tones: Vec::new(), cases: Vec::new() };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let mut w = weights(c);
        // Decomposed text: the marks after a letter make it another letter, or give its tone.
        while let Some(&mark) = chars.peek() {
            if let Some(vowel) = modified(w.base, mark) {
                w.base = vowel;
                w.letter = letter_weight(vowel);
            } else if let Some(t) = TONE_MARKS.iter().position(|&m| m == mark) {
                w.tone = t as u8 + 1;
            } else if ('\u{300}'..='\u{36F}').contains(&mark) {
                // Another combining mark: it does not change the order.
            } else {
                break;
            }
            chars.next();
        }
        key.letters.push(w.letter);
        key.tones.push(w.tone);
        key.cases.push(u8::from(w.upper));
    }
    key
}

/// Orders two texts alphabetically, the Vietnamese way.
pub fn compare(a: &str, b: &str) -> Ordering {
    sort_key(a).cmp(&sort_key(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        v.sort_by(|a, b| compare(a, b));
        v
    }

    #[test]
    fn the_alphabet_puts_each_letter_after_its_base() {
        assert_eq!(sorted(&["Đức", "Dũng", "Ân", "Ăn", "An", "Bình", "Ông", "Ơn", "Oanh", "Ưng", "Uyên", "Ê", "Em"]), [
            "An", "Ăn", "Ân", "Bình", "Dũng", "Đức", "Em", "Ê", "Oanh", "Ông", "Ơn", "Uyên", "Ưng",
        ]);
    }

    #[test]
    fn tones_come_after_the_letters_in_their_order() {
        assert_eq!(sorted(&["má", "mạ", "mã", "mả", "mà", "ma"]), ["ma", "mà", "mả", "mã", "má", "mạ"]);
        // The letters decide first, tones only between words equal letter for letter.
        assert_eq!(sorted(&["Ánh", "Anh", "Anhx"]), ["Anh", "Ánh", "Anhx"]);
        assert_eq!(sorted(&["Bá", "Ba", "Bac"]), ["Ba", "Bá", "Bac"]);
    }

    #[test]
    fn lower_case_before_upper_case_when_all_else_is_equal() {
        assert_eq!(sorted(&["An", "an", "Ân"]), ["an", "An", "Ân"]);
    }

    #[test]
    fn spaces_and_digits_before_letters() {
        assert_eq!(sorted(&["Trường số 2", "Trường số 10", "Trường A", "Trường", "Trường-B"]), [
            "Trường", "Trường A", "Trường số 10", "Trường số 2", "Trường-B",
        ]);
    }

    #[test]
    fn decomposed_text_sorts_as_precomposed() {
        let nfd = "Nguye\u{302}\u{303}n Đu\u{31B}\u{301}c";
        assert_eq!(sort_key(nfd), sort_key("Nguyễn Đức"));
        assert_eq!(compare("Ho\u{31B}\u{300}ng", "Hồng"), Ordering::Greater, "ơ after ô");
    }
}
