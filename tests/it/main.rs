//! One integration binary for everything but the claims harness (tests/claims.rs).

mod cli;
mod lint; // factcheck lint: exit codes, diagnostics that need the article
mod perturb;
mod schema; // the claims JSON Schema, taplo, tidy checks on diagnostic codes
mod suggest; // factcheck suggest: drafts round-trip through check
