//! One integration binary for everything but the claims harness (tests/claims.rs).

mod perturb;
mod cli;
