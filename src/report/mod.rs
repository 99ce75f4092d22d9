//! Reports: what a check found, written for people (text) and programs (JSON).

pub mod wire;
