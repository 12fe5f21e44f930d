//! A draft as a Word file (.docx): the few WordprocessingML parts written by hand (document,
//! styles, headers, and the settings, font table and theme Word requires), elements in the
//! order the schema's sequences demand, zipped with `zip::ZipWriter`. Page set-up per Nghị
//! định 30/2020: A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New
//! Roman 14 pt, the two-column header as a borderless table, bold centred title, page numbers
//! centred at the top from page 2.

use chrono::{Datelike, NaiveDateTime, Timelike};

use super::layout::{layout, Block, Layout, NATIONAL_MOTTO, NATIONAL_TITLE, RECIPIENTS};
use super::zip::ZipWriter;
use crate::format::export::slug;
use crate::model::{Congress, Draft};

/// Twentieths of a point per millimetre.
const fn mm(v: u32) -> u32 {
    v * 1440 * 10 / 254
}

pub const PAGE_W: u32 = 11906;
pub const PAGE_H: u32 = 16838;
pub const MARGIN_TOP: u32 = mm(20);
pub const MARGIN_BOTTOM: u32 = mm(20);
pub const MARGIN_LEFT: u32 = mm(30);
pub const MARGIN_RIGHT: u32 = mm(15);
/// Body text size in half-points (14 pt).
pub const BODY_SIZE: u32 = 28;
pub const FONT: &str = "Times New Roman";

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Escapes text for XML and drops characters XML 1.0 forbids (Word refuses a file with them).
fn esc(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

#[derive(Clone, Copy, Default)]
struct Style {
    bold: bool,
    italic: bool,
    underline: bool,
    /// Half-points; 0 for the body size.
    size: u32,
}

#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Center,
    Justify,
}

/// One paragraph: alignment, first-line indent (twips), space after (twips), one run.
fn para(out: &mut String, text: &str, align: Align, indent: u32, after: u32, style: Style) {
    out.push_str("<w:p><w:pPr>");
    out.push_str(&format!("<w:spacing w:before=\"0\" w:after=\"{after}\" w:line=\"288\" w:lineRule=\"auto\"/>"));
    if indent > 0 {
        out.push_str(&format!("<w:ind w:firstLine=\"{indent}\"/>"));
    }
    out.push_str(match align {
        Align::Left => "<w:jc w:val=\"left\"/>",
        Align::Center => "<w:jc w:val=\"center\"/>",
        Align::Justify => "<w:jc w:val=\"both\"/>",
    });
    out.push_str("</w:pPr>");
    if !text.is_empty() {
        out.push_str("<w:r>");
        run_props(out, style);
        out.push_str("<w:t xml:space=\"preserve\">");
        esc(text, out);
        out.push_str("</w:t></w:r>");
    }
    out.push_str("</w:p>");
}

fn run_props(out: &mut String, s: Style) {
    out.push_str("<w:rPr>");
    if s.bold {
        out.push_str("<w:b/><w:bCs/>");
    }
    if s.italic {
        out.push_str("<w:i/><w:iCs/>");
    }
    // CT_RPr is a sequence: sz and szCs come before u.
    if s.size > 0 {
        out.push_str(&format!("<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", s.size));
    }
    if s.underline {
        out.push_str("<w:u w:val=\"single\"/>");
    }
    out.push_str("</w:rPr>");
}

/// A borderless two-column table row of paragraphs: (text, style) per line in each cell.
fn two_columns(out: &mut String, widths: (u32, u32), left: &[(String, Style)], left_align: Align, right: &[(String, Style)]) {
    out.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"");
    out.push_str(&(widths.0 + widths.1).to_string());
    // CT_TblPr is a sequence: tblW, tblBorders, tblLayout, tblCellMar.
    out.push_str("\" w:type=\"dxa\"/><w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        out.push_str(&format!("<w:{side} w:val=\"nil\"/>"));
    }
    out.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>");
    out.push_str(&format!("<w:tblGrid><w:gridCol w:w=\"{}\"/><w:gridCol w:w=\"{}\"/></w:tblGrid><w:tr>", widths.0, widths.1));
    for (width, lines, align) in [(widths.0, left, left_align), (widths.1, right, Align::Center)] {
        out.push_str(&format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>"));
        if lines.is_empty() {
            out.push_str("<w:p/>");
        }
        for (text, style) in lines {
            para(out, text, align, 0, 0, *style);
        }
        out.push_str("</w:tc>");
    }
    out.push_str("</w:tr></w:tbl>");
}

const HEADER_SIZE: u32 = 26;

fn document_xml(l: &Layout) -> String {
    let mut out = String::with_capacity(4096 + l.blocks.iter().map(|b| 200 + text_of(b).len()).sum::<usize>());
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
    out.push_str(&format!("<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>"));
    let plain = Style { size: HEADER_SIZE, ..Style::default() };
    let bold = Style { bold: true, size: HEADER_SIZE, ..Style::default() };
    let mut left = vec![(l.upper_union.clone(), plain), (l.issuing_union.clone(), bold)];
    if let Some(number) = &l.number {
        left.push((number.clone(), plain));
    }
    let right = vec![
        (NATIONAL_TITLE.to_string(), Style { size: 24, ..bold }),
        (NATIONAL_MOTTO.to_string(), Style { underline: true, size: BODY_SIZE, ..bold }),
        (l.place_date.clone(), Style { italic: true, size: BODY_SIZE, ..Style::default() }),
    ];
    let text_width = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;
    two_columns(&mut out, (text_width * 2 / 5, text_width - text_width * 2 / 5), &left, Align::Center, &right);
    para(&mut out, "", Align::Center, 0, 0, Style::default());
    let title_style = Style { bold: true, ..Style::default() };
    if !l.heading.is_empty() {
        para(&mut out, &l.heading, Align::Center, 0, 0, title_style);
    }
    para(&mut out, &l.title, Align::Center, 0, 240, title_style);
    for block in &l.blocks {
        match block {
            Block::Part(t) => para(&mut out, t, Align::Center, 0, 120, title_style),
            Block::Heading(t) => para(&mut out, t, Align::Justify, 567, 120, title_style),
            Block::Paragraph(t) => para(&mut out, t, Align::Justify, 567, 120, Style::default()),
            Block::Bullet(t) => para(&mut out, &format!("- {t}"), Align::Justify, 567, 120, Style::default()),
        }
    }
    if let Some((capacity, name)) = &l.signature {
        para(&mut out, "", Align::Left, 0, 0, Style::default());
        let mut right: Vec<(String, Style)> = capacity.iter().map(|c| (c.to_string(), title_style)).collect();
        right.extend([(String::new(), Style::default()), (String::new(), Style::default()), (String::new(), Style::default())]);
        right.push((name.clone(), title_style));
        let left: Vec<(String, Style)> = RECIPIENTS
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let style = if i == 0 { Style { bold: true, italic: true, size: 24, ..Style::default() } } else { Style { size: 22, ..Style::default() } };
                (line.to_string(), style)
            })
            .collect();
        two_columns(&mut out, (text_width / 2, text_width - text_width / 2), &left, Align::Left, &right);
    }
    out.push_str(&format!(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:headerReference w:type=\"first\" r:id=\"rIdFirstHeader\"/>\
         <w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/>\
         <w:pgMar w:top=\"{MARGIN_TOP}\" w:right=\"{MARGIN_RIGHT}\" w:bottom=\"{MARGIN_BOTTOM}\" w:left=\"{MARGIN_LEFT}\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\
         <w:titlePg/></w:sectPr></w:body></w:document>"
    ));
    out
}

fn text_of(b: &Block) -> &str {
    match b {
        Block::Part(t) | Block::Heading(t) | Block::Paragraph(t) | Block::Bullet(t) => t,
    }
}

/// The header of pages 2 onward: the page number, centred.
fn page_number_header() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\">\
         <w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>"
    )
}

/// The first page's header: empty (no number on page 1).
fn empty_header() -> String {
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr xmlns:w=\"{W_NS}\"><w:p/></w:hdr>")
}

fn styles_xml() -> String {
    let fonts = format!("<w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:cs=\"{FONT}\" w:eastAsia=\"{FONT}\"/>");
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"{W_NS}\">\
         <w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:color w:val=\"000000\"/><w:sz w:val=\"{BODY_SIZE}\"/><w:szCs w:val=\"{BODY_SIZE}\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>\
         <w:rPr>{fonts}<w:sz w:val=\"{BODY_SIZE}\"/><w:szCs w:val=\"{BODY_SIZE}\"/></w:rPr></w:style>\
         <w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
         <w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
         </w:styles>"
    )
}

/// Document settings: compatibility mode 15 (Word 2013 and later), so Word does not open the
/// file in compatibility mode.
const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
</w:settings>";

/// The one font the document uses.
const FONT_TABLE: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:font w:name=\"Times New Roman\"><w:panose1 w:val=\"02020603050405020304\"/><w:charset w:val=\"00\"/>\
<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>";

/// The smallest theme the DrawingML schema allows: the twelve colours, Times New Roman as the
/// major and minor Latin font, and the three-of-each format lists left plain.
const THEME: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office\"><a:themeElements>\
<a:clrScheme name=\"Office\"><a:dk1><a:srgbClr val=\"000000\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>\
<a:dk2><a:srgbClr val=\"44546A\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>\
<a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1><a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2>\
<a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3><a:accent4><a:srgbClr val=\"FFC000\"/></a:accent4>\
<a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5><a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6>\
<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink></a:clrScheme>\
<a:fontScheme name=\"Office\">\
<a:majorFont><a:latin typeface=\"Times New Roman\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>\
<a:minorFont><a:latin typeface=\"Times New Roman\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme>\
<a:fmtScheme name=\"Office\">\
<a:fillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:fillStyleLst>\
<a:lnStyleLst><a:ln/><a:ln/><a:ln/></a:lnStyleLst>\
<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>\
<a:bgFillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:bgFillStyleLst>\
</a:fmtScheme></a:themeElements></a:theme>";

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>\
<Override PartName=\"/word/header2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>\
<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
</Types>";

const PACKAGE_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>\
<Relationship Id=\"rIdFirstHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\"/>\
<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"rIdFontTable\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>\
<Relationship Id=\"rIdTheme\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"theme/theme1.xml\"/>\
</Relationships>";

fn core_xml(title: &str, now: NaiveDateTime) -> String {
    let mut t = String::new();
    esc(title, &mut t);
    // By hand: chrono's `format` would bring its whole strftime machinery into the wasm.
    let stamp = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        now.year(),
        now.month(),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    );
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{t}</dc:title><dc:creator>Sổ tay Đại hội</dc:creator><dc:language>vi-VN</dc:language>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:modified></cp:coreProperties>"
    )
}

/// The .docx bytes of a draft. `now` (UTC) stamps the file; nothing else varies between runs.
pub fn docx(draft: &Draft, congress: &Congress, now: NaiveDateTime) -> Vec<u8> {
    let l = layout(draft, congress);
    let title = if l.heading.is_empty() { l.title.clone() } else { format!("{} {}", l.heading, l.title) };
    let mut zip = ZipWriter::new((now.year(), now.month(), now.day(), now.hour(), now.minute(), now.second()));
    zip.add("[Content_Types].xml", CONTENT_TYPES.as_bytes());
    zip.add("_rels/.rels", PACKAGE_RELS.as_bytes());
    zip.add("docProps/core.xml", core_xml(&title, now).as_bytes());
    zip.add("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes());
    zip.add("word/document.xml", document_xml(&l).as_bytes());
    zip.add("word/styles.xml", styles_xml().as_bytes());
    zip.add("word/header1.xml", page_number_header().as_bytes());
    zip.add("word/header2.xml", empty_header().as_bytes());
    zip.add("word/settings.xml", SETTINGS.as_bytes());
    zip.add("word/fontTable.xml", FONT_TABLE.as_bytes());
    zip.add("word/theme/theme1.xml", THEME.as_bytes());
    zip.finish()
}

/// "bao-cao-tong-ket-hoat-dong-cong-doan-nhiem-ky-2018-2023.docx" (the slug stops at 60 letters).
pub fn file_name(draft: &Draft) -> String {
    format!("{}.docx", slug(&format!("{} {}", draft.heading, draft.title)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_what_xml_cannot_hold() {
        let mut out = String::new();
        esc("a<b>&\"c\u{0}\u{b}\tđ", &mut out);
        assert_eq!(out, "a&lt;b&gt;&amp;&quot;c đ");
    }

    #[test]
    fn margins_in_twips() {
        assert_eq!(MARGIN_LEFT, 1700);
        assert_eq!(MARGIN_TOP, 1133);
        assert_eq!(MARGIN_RIGHT, 850);
    }
}
