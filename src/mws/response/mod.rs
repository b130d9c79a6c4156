//! TODO placeholder
