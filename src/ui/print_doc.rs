//! A draft as it prints: the same layout as the .docx (`export::layout`), shown only on paper.
//! Drawn by the draft editor and by the upper union's read-only view of a unit.

use leptos::prelude::*;

use crate::export::layout::{Block, Layout, NATIONAL_MOTTO, NATIONAL_TITLE, RECIPIENTS};

/// The printed page of a laid-out draft.
pub fn article(l: Layout) -> impl IntoView {
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
