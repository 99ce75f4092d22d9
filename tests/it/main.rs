//! One integration binary for everything but the claims harness (tests/claims.rs).

mod cli;
mod perturb;
