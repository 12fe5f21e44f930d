# Sổ tay Đại hội: the two commands a newcomer needs are `make serve` and `make test`.
# Both first run tools/setup.sh, which installs whatever is missing and skips the rest.

TOOLS_ROOT ?= $(HOME)/.cargo
export TOOLS_ROOT
export PATH := $(TOOLS_ROOT)/bin:$(CURDIR)/tests/e2e/node_modules/.bin:$(PATH)
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
ZIP := target/so-tay-dai-hoi-$(VERSION).zip
TRUNK_BUILD := trunk build --release --offline --locked

.PHONY: setup serve test dist size bench audit schema clean

setup:
	@tools/setup.sh

serve: setup
	@echo "Sổ tay Đại hội: http://127.0.0.1:8080  (Ctrl+C to stop)"
	trunk serve --offline --locked

test: setup
	@tools/test.sh

dist: setup
	$(TRUNK_BUILD)
	@rm -f $(ZIP)
	@cd dist && python3 -m zipfile -c ../$(ZIP) .
	@echo "dist/ is a static site (any host, any sub-path); release zip: $(ZIP)"

size: dist
	@tools/size.sh dist

bench: dist
	@node tests/e2e/bench/run.mjs

# Lighthouse (mobile preset) on the release build and on a minimal Leptos app, both served with
# gzip, three runs each: prints performance, accessibility, best practices and LCP side by side.
audit: dist
	@tools/audit.sh

# Rewrites schema/congress-notebook-v1.schema.json from the Rust types (review the diff).
# Exits non-zero when it did rewrite a changed file ("schema updated, review the diff and
# re-run"); a second run then passes.
schema:
	UPDATE_SCHEMA=1 cargo test --locked --features schema --test schema

clean:
	cargo clean
	rm -rf dist
