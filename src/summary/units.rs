//! The unit reports of a wave, for the summary page's printable document.

use super::{Summary, Wave};
use crate::report::{unit_reports, Report, UnitReports};

impl Summary {
    /// The reports of `wave`'s units beside `whole`, that wave's report (`Summary::report`), or
    /// `None` when the survey asks no unit or the wave is below the minimum group size.
    pub fn unit_reports(&self, wave: Wave, whole: &Report) -> Option<UnitReports> {
        unit_reports(self.instrument, whole, &self.collection(wave).units)
    }
}
