//! The smallest zip writer a .docx needs: files stored as they are (no compression), with
//! their CRC-32, a central directory and its end record. Hand-written because a deflate crate
//! or docx-rs would add tens of kilobytes to every visit's download (see README, "Measured"),
//! and Word, LibreOffice and python-docx all read stored entries.

/// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), byte at a time from a 1 KB table
/// built at compile time (crc32fast's slice-by-16 tables would be 16 KB of wasm).
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

pub fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, &b| CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8))
}

/// A zip archive being written in memory.
pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
    /// MS-DOS time and date stamped on every entry.
    dos_time: u16,
    dos_date: u16,
}

impl ZipWriter {
    /// `when`: year, month, day, hour, minute, second stamped on the entries (local time as
    /// zip keeps it; years before 1980 are written as 1980).
    pub fn new(when: (i32, u32, u32, u32, u32, u32)) -> Self {
        let (y, mo, d, h, mi, s) = when;
        let year = (y.clamp(1980, 2107) - 1980) as u16;
        ZipWriter {
            out: Vec::new(),
            central: Vec::new(),
            entries: 0,
            dos_time: ((h as u16) << 11) | ((mi as u16) << 5) | ((s as u16) / 2),
            dos_date: (year << 9) | ((mo as u16) << 5) | d as u16,
        }
    }

    pub fn add(&mut self, name: &str, data: &[u8]) {
        let crc = crc32(data);
        let offset = self.out.len() as u32;
        let size = data.len() as u32;
        let name_len = name.len() as u16;
        // Local file header.
        put32(&mut self.out, 0x0403_4b50);
        put16(&mut self.out, 20); // version needed: 2.0
        put16(&mut self.out, 0x0800); // names are UTF-8
        put16(&mut self.out, 0); // stored
        put16(&mut self.out, self.dos_time);
        put16(&mut self.out, self.dos_date);
        put32(&mut self.out, crc);
        put32(&mut self.out, size);
        put32(&mut self.out, size);
        put16(&mut self.out, name_len);
        put16(&mut self.out, 0);
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(data);
        // Its central directory record.
        let c = &mut self.central;
        put32(c, 0x0201_4b50);
        put16(c, 20); // made by 2.0
        put16(c, 20);
        put16(c, 0x0800);
        put16(c, 0);
        put16(c, self.dos_time);
        put16(c, self.dos_date);
        put32(c, crc);
        put32(c, size);
        put32(c, size);
        put16(c, name_len);
        put16(c, 0); // extra
        put16(c, 0); // comment
        put16(c, 0); // disk
        put16(c, 0); // internal attributes
        put32(c, 0); // external attributes
        put32(c, offset);
        c.extend_from_slice(name.as_bytes());
        self.entries += 1;
    }

    pub fn finish(mut self) -> Vec<u8> {
        let cd_offset = self.out.len() as u32;
        let cd_size = self.central.len() as u32;
        self.out.extend_from_slice(&self.central);
        let o = &mut self.out;
        put32(o, 0x0605_4b50);
        put16(o, 0);
        put16(o, 0);
        put16(o, self.entries);
        put16(o, self.entries);
        put32(o, cd_size);
        put32(o, cd_offset);
        put16(o, 0);
        self.out
    }
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn archive_structure() {
        let mut z = ZipWriter::new((2026, 11, 22, 9, 30, 10));
        z.add("a.txt", b"hello");
        z.add("dir/b.xml", "Đ".as_bytes());
        let bytes = z.finish();
        assert_eq!(&bytes[..4], &[0x50, 0x4b, 0x03, 0x04]);
        let eocd = &bytes[bytes.len() - 22..];
        assert_eq!(&eocd[..4], &[0x50, 0x4b, 0x05, 0x06]);
        assert_eq!(u16::from_le_bytes([eocd[10], eocd[11]]), 2);
        let cd_offset = u32::from_le_bytes([eocd[16], eocd[17], eocd[18], eocd[19]]) as usize;
        assert_eq!(&bytes[cd_offset..cd_offset + 4], &[0x50, 0x4b, 0x01, 0x02]);
        // Date: 2026-11-22 → ((46 << 9) | (11 << 5) | 22).
        assert_eq!(u16::from_le_bytes([bytes[12], bytes[13]]), (46 << 9) | (11 << 5) | 22);
    }
}
