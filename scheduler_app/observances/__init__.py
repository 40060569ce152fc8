"""Religious periods and public holidays, computed from well-kept calendar libraries."""
