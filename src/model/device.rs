//! Which browser the app runs in, as far as installing and keeping data go: a messaging app's
//! own browser (Zalo, Facebook, Messenger, Instagram), whose storage is not the phone browser's
//! and may be cleared; Safari on an iPhone or iPad, which has no install prompt (Share → Add to
//! Home Screen instead); or any other. Read from the user agent and the touch points.

/// Where the page runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Browser {
    /// Inside Zalo, Facebook, Messenger or Instagram.
    InApp,
    /// On an iPhone or iPad (every browser there is Safari's engine, without an install prompt).
    Ios,
    /// Anything else: the browser offers its own install prompt, if any.
    Other,
}

/// The browser from its user agent and `navigator.maxTouchPoints` (an iPad asks for the desktop
/// site and says "Macintosh", but has a touch screen).
pub fn browser(user_agent: &str, touch_points: u32) -> Browser {
    const IN_APP: [&str; 6] = ["Zalo", "FBAN/", "FBAV/", "FB_IAB/", "Instagram", "MessengerLite"];
    if IN_APP.iter().any(|mark| user_agent.contains(mark)) {
        Browser::InApp
    } else if ["iPhone", "iPad", "iPod"].iter().any(|d| user_agent.contains(d)) || (user_agent.contains("Macintosh") && touch_points > 1) {
        Browser::Ios
    } else {
        Browser::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messaging_apps_phones_and_the_rest_are_told_apart() {
        let cases = [
            // Zalo's browser on Android and on an iPhone.
            ("Mozilla/5.0 (Linux; Android 13; SM-A536E Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Zalo android/12100579 ZaloTheme/light ZaloLanguage/vi", 0, Browser::InApp),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/524 ZaloTheme/light ZaloLanguage/vi", 5, Browser::InApp),
            // Facebook on Android, Messenger and Facebook on an iPhone, Instagram.
            ("Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.43 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/442.0.0.31.108;]", 0, Browser::InApp),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/MessengerForiOS;FBAV/435.0.0.39.109]", 5, Browser::InApp),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 307.0.0.34.111", 5, Browser::InApp),
            // Safari on an iPhone; an iPad asking for the desktop site; Chrome on an iPhone.
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1", 5, Browser::Ios),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15", 5, Browser::Ios),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/119.0.6045.169 Mobile/15E148 Safari/604.1", 5, Browser::Ios),
            // Safari on a Mac, Chrome on Android, Cốc Cốc on Windows.
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15", 0, Browser::Other),
            ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36", 5, Browser::Other),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/117.0.194 Chrome/111.0.5563.194 Safari/537.36", 0, Browser::Other),
        ];
        for (ua, touch, expected) in cases {
            assert_eq!(browser(ua, touch), expected, "{ua}");
        }
    }
}
