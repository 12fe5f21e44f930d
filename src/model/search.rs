//! Search that ignores Vietnamese diacritics and case: "dai hoi" finds "Đại hội". Folds both
//! precomposed letters and decomposed text (base letter plus combining marks, as some
//! keyboards and Word produce). Only Vietnamese letters are mapped: a small table instead of
//! a whole-Unicode one, to keep the app small.

/// The base ASCII letter of a Vietnamese letter with diacritics, if `c` is one.
fn base_letter(c: char) -> Option<char> {
    const GROUPS: [(char, &str); 14] = [
        ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
        ('a', "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"),
        ('e', "èéẻẽẹêềếểễệ"),
        ('e', "ÈÉẺẼẸÊỀẾỂỄỆ"),
        ('i', "ìíỉĩị"),
        ('i', "ÌÍỈĨỊ"),
        ('o', "òóỏõọôồốổỗộơờớởỡợ"),
        ('o', "ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"),
        ('u', "ùúủũụưừứửữự"),
        ('u', "ÙÚỦŨỤƯỪỨỬỮỰ"),
        ('y', "ỳýỷỹỵ"),
        ('y', "ỲÝỶỸỴ"),
        ('d', "đ"),
        ('d', "Đ"),
    ];
    GROUPS.iter().find(|(_, letters)| letters.contains(c)).map(|(base, _)| *base)
}

/// True for the combining marks that decomposed Vietnamese uses (grave, acute, tilde, hook,
/// dot below, circumflex, breve, horn, …): the whole Combining Diacritical Marks block.
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Lower-case text without Vietnamese diacritics, for matching. Other characters pass through
/// (ASCII lower-cased).
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| base_letter(c).unwrap_or(c.to_ascii_lowercase()))
        .collect()
}

/// A query as typed, ready to match many texts: folded once, split into words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(typed: &str) -> Self {
        Query { words: fold(typed).split_whitespace().map(str::to_string).collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when every word of the query appears in one of `texts` (an empty query matches).
    pub fn matches<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let haystack: String = texts.into_iter().map(fold).collect::<Vec<_>>().join("\n");
        self.words.iter().all(|w| haystack.contains(w.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_precomposed_vietnamese() {
        assert_eq!(fold("Đại hội Công đoàn"), "dai hoi cong doan");
        assert_eq!(fold("ắ ằ ẳ ẵ ặ ố ồ ổ ỗ ộ ư ứ ừ ử ữ ự đ Đ"), "a a a a a o o o o o u u u u u u d d");
        assert_eq!(fold("THẨM ĐỊNH NHÂN SỰ"), "tham dinh nhan su");
        assert_eq!(fold("Ỹ ỹ Ý ỳ"), "y y y y");
    }

    #[test]
    fn folds_decomposed_text() {
        // "Đại hội" with the marks as separate combining characters (NFD).
        let nfd = "\u{0110}a\u{0323}i ho\u{0302}\u{0323}i";
        assert_eq!(fold(nfd), "dai hoi");
        let nfd_upper = "TA\u{0302}\u{0300}M"; // TẦM
        assert_eq!(fold(nfd_upper), "tam");
    }

    #[test]
    fn every_vietnamese_vowel_folds_to_ascii() {
        let all = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
        let upper: String = all.chars().flat_map(char::to_uppercase).collect();
        for c in all.chars().chain(upper.chars()) {
            let folded = fold(&c.to_string());
            assert!(folded.len() == 1 && folded.is_ascii(), "{c} folded to {folded:?}");
        }
    }

    #[test]
    fn queries_match_words_anywhere() {
        let q = Query::new("dai hoi");
        assert!(q.matches(["Tiến hành Đại hội"]));
        assert!(q.matches(["Đại biểu", "hội trường"]), "words may be in different fields");
        assert!(!q.matches(["Đại biểu"]));
        assert!(Query::new("  ").matches(["x"]));
        assert!(Query::new("THẨM định").matches(["Trình cấp ủy thẩm định nhân sự"]));
        assert!(Query::new("tham dinh").matches(["TRÌNH THA\u{0302}\u{0309}M ĐỊNH"]));
    }
}
