//! A draft as it prints: the same layout as the .docx (`export::layout`), shown only on paper.
//! Drawn by the draft editor and by the upper union's read-only view of a unit.

use leptos::prelude::*;

use crate::export::layout::{Block, Layout, NATIONAL_MOTTO, NATIONAL_TITLE, RECIPIENTS};

/// The printed draft's style rules (`screen_style`): on paper, the same layout as the .docx (Nghị định 30/2020); hidden on screen.
const STYLE: [&str; 4] = [
    "@media screen { .print-doc { display: none; } }",
    "@media print { body:has(.print-doc) main > *:not(.print-doc) { display: none !important; } .print-doc { display: block; page: document; font-family: \"Times New Roman\", \"Liberation Serif\", serif; font-size: 14pt; color: #000; line-height: 1.2; } .print-doc p { margin: 0; } .print-head p { white-space: pre-wrap; } .print-head { display: grid; grid-template-columns: 2fr 3fr; text-align: center; font-size: 13pt; margin-bottom: 12pt; } .print-doc .bold { font-weight: 700; } .print-doc .italic { font-style: italic; font-size: 14pt; } .print-doc .motto { text-decoration: underline; font-size: 14pt; } .doc-heading, .doc-title, .doc-part { text-align: center; font-weight: 700; } .doc-title { margin-bottom: 12pt !important; } .doc-part { margin: 6pt 0 !important; } .doc-section { font-weight: 700; text-indent: 1cm; margin-bottom: 6pt !important; text-align: justify; } .doc-para { text-indent: 1cm; margin-bottom: 6pt !important; text-align: justify; white-space: pre-wrap; } .doc-signature { display: grid; grid-template-columns: 1fr 1fr; margin-top: 18pt; break-inside: avoid; } .doc-signature .recipients p { font-size: 11pt; } .doc-signature .recipients p:first-child { font-size: 12pt; } .signer-block { text-align: center; } .doc-signature .signer { margin-top: 48pt; } }",
    "@page document { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 13pt \"Times New Roman\", \"Liberation Serif\", serif; } }",
    "@page document:first { @top-center { content: none; } }",
];
static STYLE_ADDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The printed page of a laid-out draft.
pub fn article(l: Layout) -> impl IntoView {
    super::screen_style::add_once(&STYLE_ADDED, &STYLE);
    view! {
        <article class="print-doc" lang="vi" aria-hidden="true">
            <div class="print-head">
                <div class="issuer">
                    <p>{l.upper_union}</p>
                    <p class="bold">{l.issuing_union}</p>
                    {l.number.map(|n| view! { <p>{n}</p> })}
                </div>
                <div class="national">
                    <p class="bold">{NATIONAL_TITLE}</p>
                    <p class="bold motto">{NATIONAL_MOTTO}</p>
                    <p class="italic">{l.place_date}</p>
                </div>
            </div>
            <p class="doc-heading">{l.heading}</p>
            <p class="doc-title">{l.title}</p>
            {l.blocks.into_iter().map(|b| match b {
                Block::Part(t) => view! { <p class="doc-part">{t}</p> }.into_any(),
                Block::Heading(t) => view! { <p class="doc-section">{t}</p> }.into_any(),
                Block::Paragraph(t) => view! { <p class="doc-para">{t}</p> }.into_any(),
                Block::Bullet(t) => view! { <p class="doc-para">{format!("- {t}")}</p> }.into_any(),
            }).collect_view()}
            {l.signature.map(|(capacity, name)| view! {
                <div class="doc-signature">
                    <div class="recipients">
                        {RECIPIENTS.iter().enumerate().map(|(i, r)| view! { <p class=if i == 0 { "bold italic" } else { "" }>{*r}</p> }).collect_view()}
                    </div>
                    <div class="signer-block">
                        {capacity.iter().map(|c| view! { <p class="bold">{*c}</p> }).collect_view()}
                        <p class="bold signer">{name}</p>
                    </div>
                </div>
            })}
        </article>
    }
}
