//! Signals: named detectors over normalized text.
