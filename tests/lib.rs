//! Verkosto end-to-end test support lives in `verkosto-testkit`; the tests are in `e2e/`.
