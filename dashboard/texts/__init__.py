"""Translation texts, one module per area of the product (see dashboard.i18n)."""
