//! Times. (Grammar to be written with the finder.)

use super::{Scan, Value};

pub(super) fn find(_scan: &Scan, _out: &mut Vec<Value>) {}
