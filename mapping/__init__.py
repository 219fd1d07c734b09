"""mapping: declarative cattrs conversions between Procurify, AccountingSuite and PayorCRM records."""
