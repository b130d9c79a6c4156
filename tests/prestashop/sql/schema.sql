-- Tables of PrestaShop 8.2 that the test double and the module touch, with PrestaShop's own
-- column names, types and keys (from install/data/db_structure.sql of PrestaShop 8.2, trimmed
-- to the tables listed here), prefix ps_. ps_mail mirrors PrestaShop's mail log.

SET NAMES utf8mb4;

CREATE TABLE ps_configuration (
  id_configuration INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_shop_group INT(11) UNSIGNED DEFAULT NULL,
  id_shop INT(11) UNSIGNED DEFAULT NULL,
  name VARCHAR(254) NOT NULL,
  value TEXT,
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  PRIMARY KEY (id_configuration),
  KEY name (name),
  KEY id_shop (id_shop),
  KEY id_shop_group (id_shop_group)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_configuration_lang (
  id_configuration INT(10) UNSIGNED NOT NULL,
  id_lang INT(10) UNSIGNED NOT NULL,
  value TEXT,
  date_upd DATETIME DEFAULT NULL,
  PRIMARY KEY (id_configuration, id_lang)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_shop_group (
  id_shop_group INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  color VARCHAR(50) NOT NULL,
  share_customer TINYINT(1) NOT NULL,
  share_order TINYINT(1) NOT NULL,
  share_stock TINYINT(1) NOT NULL,
  active TINYINT(1) NOT NULL DEFAULT '1',
  deleted TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (id_shop_group)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_shop (
  id_shop INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_shop_group INT(11) UNSIGNED NOT NULL,
  name VARCHAR(64) NOT NULL,
  color VARCHAR(50) NOT NULL,
  id_category INT(11) UNSIGNED NOT NULL,
  theme_name VARCHAR(255) NOT NULL,
  active TINYINT(1) NOT NULL DEFAULT '1',
  deleted TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (id_shop),
  KEY id_shop_group (id_shop_group)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_lang (
  id_lang INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(32) NOT NULL,
  active TINYINT(3) UNSIGNED NOT NULL DEFAULT '0',
  iso_code CHAR(2) NOT NULL,
  language_code CHAR(5) NOT NULL,
  locale VARCHAR(5) NOT NULL,
  date_format_lite CHAR(32) NOT NULL DEFAULT 'Y-m-d',
  date_format_full CHAR(32) NOT NULL DEFAULT 'Y-m-d H:i:s',
  is_rtl TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (id_lang)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_lang_shop (
  id_lang INT(11) UNSIGNED NOT NULL,
  id_shop INT(11) UNSIGNED NOT NULL,
  PRIMARY KEY (id_lang, id_shop)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_currency (
  id_currency INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  iso_code VARCHAR(3) NOT NULL DEFAULT '0',
  numeric_iso_code VARCHAR(3),
  `precision` INT(2) NOT NULL DEFAULT 6,
  conversion_rate DECIMAL(13, 6) NOT NULL,
  deleted TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  active TINYINT(1) UNSIGNED NOT NULL DEFAULT '1',
  unofficial TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  modified TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  PRIMARY KEY (id_currency),
  KEY currency_iso_code (iso_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_currency_lang (
  id_currency INT(10) UNSIGNED NOT NULL,
  id_lang INT(10) UNSIGNED NOT NULL,
  name VARCHAR(255) NOT NULL,
  symbol VARCHAR(255) NOT NULL,
  pattern VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (id_currency, id_lang)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_currency_shop (
  id_currency INT(11) UNSIGNED NOT NULL,
  id_shop INT(11) UNSIGNED NOT NULL,
  conversion_rate DECIMAL(13, 6) NOT NULL,
  PRIMARY KEY (id_currency, id_shop)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_zone (
  id_zone INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  active TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  PRIMARY KEY (id_zone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_country (
  id_country INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_zone INT(10) UNSIGNED NOT NULL,
  id_currency INT(10) UNSIGNED NOT NULL DEFAULT '0',
  iso_code VARCHAR(3) NOT NULL,
  call_prefix INT(10) NOT NULL DEFAULT '0',
  active TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  contains_states TINYINT(1) NOT NULL DEFAULT '0',
  need_identification_number TINYINT(1) NOT NULL DEFAULT '0',
  need_zip_code TINYINT(1) NOT NULL DEFAULT '1',
  zip_code_format VARCHAR(12) NOT NULL DEFAULT '',
  display_tax_label TINYINT(1) NOT NULL,
  PRIMARY KEY (id_country),
  KEY country_iso_code (iso_code),
  KEY country_ (id_zone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_country_lang (
  id_country INT(10) UNSIGNED NOT NULL,
  id_lang INT(10) UNSIGNED NOT NULL,
  name VARCHAR(64) NOT NULL,
  PRIMARY KEY (id_country, id_lang)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_country_shop (
  id_country INT(11) UNSIGNED NOT NULL,
  id_shop INT(11) UNSIGNED NOT NULL,
  PRIMARY KEY (id_country, id_shop)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_state (
  id_state INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_country INT(11) UNSIGNED NOT NULL,
  id_zone INT(11) UNSIGNED NOT NULL,
  name VARCHAR(80) NOT NULL,
  iso_code VARCHAR(7) NOT NULL,
  tax_behavior SMALLINT(1) NOT NULL DEFAULT '0',
  active TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (id_state),
  KEY id_country (id_country),
  KEY name (name),
  KEY id_zone (id_zone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_group (
  id_group INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  reduction DECIMAL(5, 2) NOT NULL DEFAULT '0.00',
  price_display_method TINYINT NOT NULL DEFAULT '0',
  show_prices TINYINT(1) UNSIGNED NOT NULL DEFAULT '1',
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  PRIMARY KEY (id_group)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_group_lang (
  id_group INT(10) UNSIGNED NOT NULL,
  id_lang INT(10) UNSIGNED NOT NULL,
  name VARCHAR(32) NOT NULL,
  PRIMARY KEY (id_group, id_lang)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_customer (
  id_customer INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_shop_group INT(11) UNSIGNED NOT NULL DEFAULT '1',
  id_shop INT(11) UNSIGNED NOT NULL DEFAULT '1',
  id_gender INT(10) UNSIGNED NOT NULL,
  id_default_group INT(10) UNSIGNED NOT NULL DEFAULT '1',
  id_lang INT(10) UNSIGNED NULL,
  id_risk INT(10) UNSIGNED NOT NULL DEFAULT '1',
  company VARCHAR(255),
  siret VARCHAR(14),
  ape VARCHAR(6),
  firstname VARCHAR(255) NOT NULL,
  lastname VARCHAR(255) NOT NULL,
  email VARCHAR(255) NOT NULL,
  passwd VARCHAR(255) NOT NULL,
  last_passwd_gen TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  birthday DATE DEFAULT NULL,
  newsletter TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  ip_registration_newsletter VARCHAR(15) DEFAULT NULL,
  newsletter_date_add DATETIME DEFAULT NULL,
  optin TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  website VARCHAR(128),
  outstanding_allow_amount DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  show_public_prices TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  max_payment_days INT(10) UNSIGNED NOT NULL DEFAULT '60',
  secure_key VARCHAR(32) NOT NULL DEFAULT '-1',
  note TEXT,
  active TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  is_guest TINYINT(1) NOT NULL DEFAULT '0',
  deleted TINYINT(1) NOT NULL DEFAULT '0',
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  reset_password_token VARCHAR(40) DEFAULT NULL,
  reset_password_validity DATETIME DEFAULT NULL,
  PRIMARY KEY (id_customer),
  KEY customer_email (email),
  KEY customer_login (email, passwd),
  KEY id_customer_passwd (id_customer, passwd),
  KEY id_gender (id_gender),
  KEY id_shop_group (id_shop_group),
  KEY id_shop (id_shop, date_add)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_customer_group (
  id_customer INT(10) UNSIGNED NOT NULL,
  id_group INT(10) UNSIGNED NOT NULL,
  PRIMARY KEY (id_customer, id_group),
  KEY customer_login (id_group),
  KEY id_customer (id_customer)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_address (
  id_address INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_country INT(10) UNSIGNED NOT NULL,
  id_state INT(10) UNSIGNED DEFAULT NULL,
  id_customer INT(10) UNSIGNED NOT NULL DEFAULT '0',
  id_manufacturer INT(10) UNSIGNED NOT NULL DEFAULT '0',
  id_supplier INT(10) UNSIGNED NOT NULL DEFAULT '0',
  id_warehouse INT(10) UNSIGNED NOT NULL DEFAULT '0',
  alias VARCHAR(32) NOT NULL,
  company VARCHAR(255) DEFAULT NULL,
  lastname VARCHAR(255) NOT NULL,
  firstname VARCHAR(255) NOT NULL,
  address1 VARCHAR(128) NOT NULL,
  address2 VARCHAR(128) DEFAULT NULL,
  postcode VARCHAR(12) DEFAULT NULL,
  city VARCHAR(64) NOT NULL,
  other TEXT,
  phone VARCHAR(32) DEFAULT NULL,
  phone_mobile VARCHAR(32) DEFAULT NULL,
  vat_number VARCHAR(32) DEFAULT NULL,
  dni VARCHAR(16) DEFAULT NULL,
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  active TINYINT(1) UNSIGNED NOT NULL DEFAULT '1',
  deleted TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  PRIMARY KEY (id_address),
  KEY address_customer (id_customer),
  KEY id_country (id_country),
  KEY id_state (id_state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_product (
  id_product INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_supplier INT(10) UNSIGNED DEFAULT NULL,
  id_manufacturer INT(10) UNSIGNED DEFAULT NULL,
  id_category_default INT(10) UNSIGNED DEFAULT NULL,
  id_shop_default INT(10) UNSIGNED NOT NULL DEFAULT 1,
  id_tax_rules_group INT(11) UNSIGNED NOT NULL,
  on_sale TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  online_only TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  ean13 VARCHAR(13) DEFAULT NULL,
  isbn VARCHAR(32) DEFAULT NULL,
  upc VARCHAR(12) DEFAULT NULL,
  mpn VARCHAR(40) DEFAULT NULL,
  ecotax DECIMAL(17, 6) NOT NULL DEFAULT '0.00',
  quantity INT(10) NOT NULL DEFAULT '0',
  minimal_quantity INT(10) UNSIGNED NOT NULL DEFAULT '1',
  low_stock_threshold INT(10) NULL DEFAULT NULL,
  low_stock_alert TINYINT(1) NOT NULL DEFAULT '0',
  price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  wholesale_price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  unity VARCHAR(255) DEFAULT NULL,
  unit_price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  additional_shipping_cost DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  reference VARCHAR(64) DEFAULT NULL,
  supplier_reference VARCHAR(64) DEFAULT NULL,
  location VARCHAR(255) NOT NULL DEFAULT '',
  width DECIMAL(20, 6) NOT NULL DEFAULT '0',
  height DECIMAL(20, 6) NOT NULL DEFAULT '0',
  depth DECIMAL(20, 6) NOT NULL DEFAULT '0',
  weight DECIMAL(20, 6) NOT NULL DEFAULT '0',
  out_of_stock INT(10) UNSIGNED NOT NULL DEFAULT '2',
  additional_delivery_times TINYINT(1) UNSIGNED NOT NULL DEFAULT '1',
  quantity_discount TINYINT(1) DEFAULT '0',
  customizable TINYINT(2) NOT NULL DEFAULT '0',
  uploadable_files TINYINT(4) NOT NULL DEFAULT '0',
  text_fields TINYINT(4) NOT NULL DEFAULT '0',
  active TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  redirect_type VARCHAR(32) NOT NULL DEFAULT '',
  id_type_redirected INT(10) UNSIGNED NOT NULL DEFAULT '0',
  available_for_order TINYINT(1) NOT NULL DEFAULT '1',
  available_date DATE DEFAULT NULL,
  show_condition TINYINT(1) NOT NULL DEFAULT '0',
  `condition` ENUM('new', 'used', 'refurbished') NOT NULL DEFAULT 'new',
  show_price TINYINT(1) NOT NULL DEFAULT '1',
  indexed TINYINT(1) NOT NULL DEFAULT '0',
  visibility ENUM('both', 'catalog', 'search', 'none') NOT NULL DEFAULT 'both',
  cache_is_pack TINYINT(1) NOT NULL DEFAULT '0',
  cache_has_attachments TINYINT(1) NOT NULL DEFAULT '0',
  is_virtual TINYINT(1) NOT NULL DEFAULT '0',
  cache_default_attribute INT(10) UNSIGNED DEFAULT NULL,
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  advanced_stock_management TINYINT(1) DEFAULT '0' NOT NULL,
  pack_stock_type INT(11) UNSIGNED DEFAULT '3' NOT NULL,
  state INT(11) UNSIGNED NOT NULL DEFAULT '1',
  product_type ENUM('standard', 'pack', 'virtual', 'combinations', '') NOT NULL DEFAULT '',
  PRIMARY KEY (id_product),
  INDEX reference_idx (reference),
  KEY product_supplier (id_supplier),
  KEY product_manufacturer (id_manufacturer, id_product),
  KEY id_category_default (id_category_default),
  KEY indexed (indexed),
  KEY date_add (date_add),
  KEY state (state, date_upd)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_product_shop (
  id_product INT(10) UNSIGNED NOT NULL,
  id_shop INT(10) UNSIGNED NOT NULL,
  id_category_default INT(10) UNSIGNED DEFAULT NULL,
  id_tax_rules_group INT(11) UNSIGNED NOT NULL,
  on_sale TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  online_only TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  ecotax DECIMAL(17, 6) NOT NULL DEFAULT '0.000000',
  minimal_quantity INT(10) UNSIGNED NOT NULL DEFAULT '1',
  low_stock_threshold INT(10) NULL DEFAULT NULL,
  low_stock_alert TINYINT(1) NOT NULL DEFAULT '0',
  price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  wholesale_price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  unity VARCHAR(255) DEFAULT NULL,
  unit_price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  additional_shipping_cost DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  customizable TINYINT(2) NOT NULL DEFAULT '0',
  uploadable_files TINYINT(4) NOT NULL DEFAULT '0',
  text_fields TINYINT(4) NOT NULL DEFAULT '0',
  active TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  redirect_type VARCHAR(32) NOT NULL DEFAULT '',
  id_type_redirected INT(10) UNSIGNED NOT NULL DEFAULT '0',
  available_for_order TINYINT(1) NOT NULL DEFAULT '1',
  available_date DATE DEFAULT NULL,
  show_condition TINYINT(1) NOT NULL DEFAULT '1',
  `condition` ENUM('new', 'used', 'refurbished') NOT NULL DEFAULT 'new',
  show_price TINYINT(1) NOT NULL DEFAULT '1',
  indexed TINYINT(1) NOT NULL DEFAULT '0',
  visibility ENUM('both', 'catalog', 'search', 'none') NOT NULL DEFAULT 'both',
  cache_default_attribute INT(10) UNSIGNED DEFAULT NULL,
  advanced_stock_management TINYINT(1) DEFAULT '0' NOT NULL,
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  pack_stock_type INT(11) UNSIGNED DEFAULT '3' NOT NULL,
  PRIMARY KEY (id_product, id_shop),
  KEY id_category_default (id_category_default),
  KEY date_add (date_add, active, visibility),
  KEY indexed (indexed, active, id_product)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_product_lang (
  id_product INT(10) UNSIGNED NOT NULL,
  id_shop INT(11) UNSIGNED NOT NULL DEFAULT '1',
  id_lang INT(10) UNSIGNED NOT NULL,
  description TEXT,
  description_short TEXT,
  link_rewrite VARCHAR(128) NOT NULL,
  meta_description VARCHAR(512) DEFAULT NULL,
  meta_keywords VARCHAR(255) DEFAULT NULL,
  meta_title VARCHAR(255) DEFAULT NULL,
  name VARCHAR(255) NOT NULL,
  available_now VARCHAR(255) DEFAULT NULL,
  available_later VARCHAR(255) DEFAULT NULL,
  delivery_in_stock VARCHAR(255) DEFAULT NULL,
  delivery_out_stock VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (id_product, id_shop, id_lang),
  KEY id_lang (id_lang),
  KEY name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_product_attribute (
  id_product_attribute INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_product INT(10) UNSIGNED NOT NULL,
  reference VARCHAR(64) DEFAULT NULL,
  supplier_reference VARCHAR(64) DEFAULT NULL,
  location VARCHAR(255) NOT NULL DEFAULT '',
  ean13 VARCHAR(13) DEFAULT NULL,
  isbn VARCHAR(32) DEFAULT NULL,
  upc VARCHAR(12) DEFAULT NULL,
  mpn VARCHAR(40) DEFAULT NULL,
  wholesale_price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  ecotax DECIMAL(17, 6) NOT NULL DEFAULT '0.00',
  quantity INT(10) NOT NULL DEFAULT '0',
  weight DECIMAL(20, 6) NOT NULL DEFAULT '0',
  unit_price_impact DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  default_on TINYINT(1) UNSIGNED NULL DEFAULT NULL,
  minimal_quantity INT(10) UNSIGNED NOT NULL DEFAULT '1',
  low_stock_threshold INT(10) NULL DEFAULT NULL,
  low_stock_alert TINYINT(1) NOT NULL DEFAULT '0',
  available_date DATE DEFAULT NULL,
  PRIMARY KEY (id_product_attribute),
  KEY product_attribute_product (id_product),
  KEY reference (reference),
  UNIQUE KEY product_default (id_product, default_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_product_attribute_shop (
  id_product INT(10) UNSIGNED NOT NULL,
  id_product_attribute INT(10) UNSIGNED NOT NULL,
  id_shop INT(10) UNSIGNED NOT NULL,
  wholesale_price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  ecotax DECIMAL(17, 6) NOT NULL DEFAULT '0.00',
  weight DECIMAL(20, 6) NOT NULL DEFAULT '0',
  unit_price_impact DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  default_on TINYINT(1) UNSIGNED NULL DEFAULT NULL,
  minimal_quantity INT(10) UNSIGNED NOT NULL DEFAULT '1',
  low_stock_threshold INT(10) NULL DEFAULT NULL,
  low_stock_alert TINYINT(1) NOT NULL DEFAULT '0',
  available_date DATE DEFAULT NULL,
  PRIMARY KEY (id_product_attribute, id_shop),
  UNIQUE KEY id_product (id_product, id_shop, default_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_stock_available (
  id_stock_available INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_product INT(11) UNSIGNED NOT NULL,
  id_product_attribute INT(11) UNSIGNED NOT NULL,
  id_shop INT(11) UNSIGNED NOT NULL,
  id_shop_group INT(11) UNSIGNED NOT NULL,
  quantity INT(10) NOT NULL DEFAULT '0',
  physical_quantity INT(11) NOT NULL DEFAULT '0',
  reserved_quantity INT(11) NOT NULL DEFAULT '0',
  depends_on_stock TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  out_of_stock TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  location VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (id_stock_available),
  KEY id_shop (id_shop),
  KEY id_shop_group (id_shop_group),
  KEY id_product (id_product),
  KEY id_product_attribute (id_product_attribute),
  UNIQUE product_sqlstock (id_product, id_product_attribute, id_shop, id_shop_group)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_specific_price (
  id_specific_price INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_specific_price_rule INT(11) UNSIGNED NOT NULL,
  id_cart INT(11) UNSIGNED NOT NULL,
  id_product INT(10) UNSIGNED NOT NULL,
  id_shop INT(11) UNSIGNED NOT NULL DEFAULT '1',
  id_shop_group INT(11) UNSIGNED NOT NULL,
  id_currency INT(10) UNSIGNED NOT NULL,
  id_country INT(10) UNSIGNED NOT NULL,
  id_group INT(10) UNSIGNED NOT NULL,
  id_customer INT(10) UNSIGNED NOT NULL,
  id_product_attribute INT(10) UNSIGNED NOT NULL,
  price DECIMAL(20, 6) NOT NULL,
  from_quantity MEDIUMINT(8) UNSIGNED NOT NULL,
  reduction DECIMAL(20, 6) NOT NULL,
  reduction_tax TINYINT(1) NOT NULL DEFAULT 1,
  reduction_type ENUM('amount', 'percentage') NOT NULL,
  `from` DATETIME NOT NULL,
  `to` DATETIME NOT NULL,
  PRIMARY KEY (id_specific_price),
  KEY id_product (id_product, id_shop, id_currency, id_country, id_group, id_customer,
    from_quantity, `from`, `to`),
  KEY from_quantity (from_quantity),
  KEY id_specific_price_rule (id_specific_price_rule),
  KEY id_cart (id_cart),
  KEY id_product_attribute (id_product_attribute),
  KEY id_shop (id_shop),
  KEY id_customer (id_customer),
  KEY `from` (`from`),
  KEY `to` (`to`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_tax (
  id_tax INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  rate DECIMAL(10, 3) NOT NULL,
  active TINYINT(1) UNSIGNED NOT NULL DEFAULT '1',
  deleted TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  PRIMARY KEY (id_tax)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_tax_lang (
  id_tax INT(10) UNSIGNED NOT NULL,
  id_lang INT(10) UNSIGNED NOT NULL,
  name VARCHAR(32) NOT NULL,
  PRIMARY KEY (id_tax, id_lang)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_tax_rules_group (
  id_tax_rules_group INT(11) NOT NULL AUTO_INCREMENT,
  name VARCHAR(50) NOT NULL,
  active INT(11) NOT NULL,
  deleted TINYINT(1) UNSIGNED NOT NULL,
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  PRIMARY KEY (id_tax_rules_group)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_tax_rules_group_shop (
  id_tax_rules_group INT(11) UNSIGNED NOT NULL,
  id_shop INT(11) UNSIGNED NOT NULL,
  PRIMARY KEY (id_tax_rules_group, id_shop),
  KEY id_shop (id_shop)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_tax_rule (
  id_tax_rule INT(11) NOT NULL AUTO_INCREMENT,
  id_tax_rules_group INT(11) NOT NULL,
  id_country INT(11) NOT NULL,
  id_state INT(11) NOT NULL,
  zipcode_from VARCHAR(12) NOT NULL,
  zipcode_to VARCHAR(12) NOT NULL,
  id_tax INT(11) NOT NULL,
  behavior INT(11) NOT NULL,
  description VARCHAR(100) NOT NULL,
  PRIMARY KEY (id_tax_rule),
  KEY id_tax_rules_group (id_tax_rules_group),
  KEY id_tax (id_tax),
  KEY category_getproducts (id_tax_rules_group, id_country, id_state, zipcode_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_carrier (
  id_carrier INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_reference INT(10) UNSIGNED NOT NULL,
  name VARCHAR(64) NOT NULL,
  url VARCHAR(255) DEFAULT NULL,
  active TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  deleted TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  shipping_handling TINYINT(1) UNSIGNED NOT NULL DEFAULT '1',
  range_behavior TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  is_module TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  is_free TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  shipping_external TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  need_range TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  external_module_name VARCHAR(64) DEFAULT NULL,
  shipping_method INT(2) NOT NULL DEFAULT '0',
  position INT(10) UNSIGNED NOT NULL DEFAULT '0',
  max_width INT(10) DEFAULT '0',
  max_height INT(10) DEFAULT '0',
  max_depth INT(10) DEFAULT '0',
  max_weight DECIMAL(20, 6) DEFAULT '0',
  grade INT(10) DEFAULT '0',
  PRIMARY KEY (id_carrier),
  KEY deleted (deleted, active),
  KEY reference (id_reference, deleted, active)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_carrier_lang (
  id_carrier INT(10) UNSIGNED NOT NULL,
  id_shop INT(11) UNSIGNED NOT NULL DEFAULT '1',
  id_lang INT(10) UNSIGNED NOT NULL,
  delay VARCHAR(512) DEFAULT NULL,
  PRIMARY KEY (id_lang, id_shop, id_carrier)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_carrier_zone (
  id_carrier INT(10) UNSIGNED NOT NULL,
  id_zone INT(10) UNSIGNED NOT NULL,
  PRIMARY KEY (id_carrier, id_zone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_range_price (
  id_range_price INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_carrier INT(10) UNSIGNED NOT NULL,
  delimiter1 DECIMAL(20, 6) NOT NULL,
  delimiter2 DECIMAL(20, 6) NOT NULL,
  PRIMARY KEY (id_range_price),
  UNIQUE KEY id_carrier (id_carrier, delimiter1, delimiter2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_delivery (
  id_delivery INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_shop INT UNSIGNED NULL DEFAULT NULL,
  id_shop_group INT UNSIGNED NULL DEFAULT NULL,
  id_carrier INT(10) UNSIGNED NOT NULL,
  id_range_price INT(10) UNSIGNED DEFAULT NULL,
  id_range_weight INT(10) UNSIGNED DEFAULT NULL,
  id_zone INT(10) UNSIGNED NOT NULL,
  price DECIMAL(20, 6) NOT NULL,
  PRIMARY KEY (id_delivery),
  KEY id_zone (id_zone),
  KEY id_carrier (id_carrier, id_zone),
  KEY id_range_price (id_range_price),
  KEY id_range_weight (id_range_weight)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_cart (
  id_cart INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_shop_group INT(11) UNSIGNED NOT NULL DEFAULT '1',
  id_shop INT(11) UNSIGNED NOT NULL DEFAULT '1',
  id_carrier INT(10) UNSIGNED NOT NULL,
  delivery_option TEXT NOT NULL,
  id_lang INT(10) UNSIGNED NOT NULL,
  id_address_delivery INT(10) UNSIGNED NOT NULL,
  id_address_invoice INT(10) UNSIGNED NOT NULL,
  id_currency INT(10) UNSIGNED NOT NULL,
  id_customer INT(10) UNSIGNED NOT NULL,
  id_guest INT(10) UNSIGNED NOT NULL,
  secure_key VARCHAR(32) NOT NULL DEFAULT '-1',
  recyclable TINYINT(1) UNSIGNED NOT NULL DEFAULT '1',
  gift TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  gift_message TEXT,
  mobile_theme TINYINT(1) NOT NULL DEFAULT '0',
  allow_seperated_package TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  checkout_session_data MEDIUMTEXT NULL,
  PRIMARY KEY (id_cart),
  KEY cart_customer (id_customer),
  KEY id_address_delivery (id_address_delivery),
  KEY id_address_invoice (id_address_invoice),
  KEY id_carrier (id_carrier),
  KEY id_lang (id_lang),
  KEY id_currency (id_currency),
  KEY id_guest (id_guest),
  KEY id_shop_group (id_shop_group),
  KEY id_shop_2 (id_shop, date_upd),
  KEY id_shop (id_shop, date_add)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_cart_product (
  id_cart INT(10) UNSIGNED NOT NULL,
  id_product INT(10) UNSIGNED NOT NULL,
  id_address_delivery INT(10) UNSIGNED NOT NULL DEFAULT '0',
  id_shop INT(10) UNSIGNED NOT NULL DEFAULT '1',
  id_product_attribute INT(10) UNSIGNED NOT NULL DEFAULT '0',
  id_customization INT(10) UNSIGNED NOT NULL DEFAULT '0',
  quantity INT(10) UNSIGNED NOT NULL DEFAULT '0',
  date_add DATETIME NOT NULL,
  PRIMARY KEY (id_cart, id_product, id_product_attribute, id_customization,
    id_address_delivery),
  KEY id_product_attribute (id_product_attribute),
  KEY id_cart_order (id_cart, date_add, id_product, id_product_attribute)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_order_state (
  id_order_state INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  invoice TINYINT(1) UNSIGNED DEFAULT '0',
  send_email TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  module_name VARCHAR(255) NULL DEFAULT NULL,
  color VARCHAR(32) DEFAULT NULL,
  unremovable TINYINT(1) UNSIGNED NOT NULL,
  hidden TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  logable TINYINT(1) NOT NULL DEFAULT '0',
  delivery TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  shipped TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  paid TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  pdf_invoice TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  pdf_delivery TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  deleted TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  PRIMARY KEY (id_order_state),
  KEY module_name (module_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_order_state_lang (
  id_order_state INT(10) UNSIGNED NOT NULL,
  id_lang INT(10) UNSIGNED NOT NULL,
  name VARCHAR(64) NOT NULL,
  template VARCHAR(64) NOT NULL,
  PRIMARY KEY (id_order_state, id_lang)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_orders (
  id_order INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  reference VARCHAR(9),
  id_shop_group INT(11) UNSIGNED NOT NULL DEFAULT '1',
  id_shop INT(11) UNSIGNED NOT NULL DEFAULT '1',
  id_carrier INT(10) UNSIGNED NOT NULL,
  id_lang INT(10) UNSIGNED NOT NULL,
  id_customer INT(10) UNSIGNED NOT NULL,
  id_cart INT(10) UNSIGNED NOT NULL,
  id_currency INT(10) UNSIGNED NOT NULL,
  id_address_delivery INT(10) UNSIGNED NOT NULL,
  id_address_invoice INT(10) UNSIGNED NOT NULL,
  current_state INT(10) UNSIGNED NOT NULL,
  secure_key VARCHAR(32) NOT NULL DEFAULT '-1',
  payment VARCHAR(255) NOT NULL,
  conversion_rate DECIMAL(13, 6) NOT NULL DEFAULT 1,
  module VARCHAR(255) DEFAULT NULL,
  recyclable TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  gift TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  gift_message TEXT,
  mobile_theme TINYINT(1) NOT NULL DEFAULT '0',
  total_discounts DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_discounts_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_discounts_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_paid DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_paid_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_paid_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_paid_real DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_products DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_products_wt DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_shipping DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_shipping_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_shipping_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  carrier_tax_rate DECIMAL(10, 3) NOT NULL DEFAULT '0.00',
  total_wrapping DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_wrapping_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  total_wrapping_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.00',
  round_mode TINYINT(1) NOT NULL DEFAULT '2',
  round_type TINYINT(1) NOT NULL DEFAULT '1',
  invoice_number INT(10) UNSIGNED NOT NULL DEFAULT '0',
  delivery_number INT(10) UNSIGNED NOT NULL DEFAULT '0',
  invoice_date DATETIME NOT NULL,
  delivery_date DATETIME NOT NULL,
  valid INT(1) UNSIGNED NOT NULL DEFAULT '0',
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  note TEXT,
  PRIMARY KEY (id_order),
  KEY reference (reference),
  KEY id_customer (id_customer),
  KEY id_cart (id_cart),
  KEY invoice_number (invoice_number),
  KEY id_carrier (id_carrier),
  KEY id_lang (id_lang),
  KEY id_currency (id_currency),
  KEY id_address_delivery (id_address_delivery),
  KEY id_address_invoice (id_address_invoice),
  KEY id_shop_group (id_shop_group),
  KEY current_state (current_state),
  KEY id_shop (id_shop),
  INDEX date_add (date_add)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_order_detail (
  id_order_detail INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_order INT(10) UNSIGNED NOT NULL,
  id_order_invoice INT(11) DEFAULT NULL,
  id_warehouse INT(10) UNSIGNED DEFAULT '0',
  id_shop INT(11) UNSIGNED NOT NULL,
  product_id INT(10) UNSIGNED NOT NULL,
  product_attribute_id INT(10) UNSIGNED DEFAULT NULL,
  id_customization INT(10) UNSIGNED DEFAULT 0,
  product_name VARCHAR(255) NOT NULL,
  product_quantity INT(10) UNSIGNED NOT NULL DEFAULT '0',
  product_quantity_in_stock INT(10) NOT NULL DEFAULT '0',
  product_quantity_refunded INT(10) UNSIGNED NOT NULL DEFAULT '0',
  product_quantity_return INT(10) UNSIGNED NOT NULL DEFAULT '0',
  product_quantity_reinjected INT(10) UNSIGNED NOT NULL DEFAULT '0',
  product_price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  reduction_percent DECIMAL(5, 2) NOT NULL DEFAULT '0.00',
  reduction_amount DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  reduction_amount_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  reduction_amount_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  group_reduction DECIMAL(5, 2) NOT NULL DEFAULT '0.00',
  product_quantity_discount DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  product_ean13 VARCHAR(13) DEFAULT NULL,
  product_isbn VARCHAR(32) DEFAULT NULL,
  product_upc VARCHAR(12) DEFAULT NULL,
  product_mpn VARCHAR(40) DEFAULT NULL,
  product_reference VARCHAR(64) DEFAULT NULL,
  product_supplier_reference VARCHAR(64) DEFAULT NULL,
  product_weight DECIMAL(20, 6) NOT NULL,
  id_tax_rules_group INT(11) UNSIGNED DEFAULT '0',
  tax_computation_method TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  tax_name VARCHAR(16) NOT NULL,
  tax_rate DECIMAL(10, 3) NOT NULL DEFAULT '0.000',
  ecotax DECIMAL(17, 6) NOT NULL DEFAULT '0.00',
  ecotax_tax_rate DECIMAL(5, 3) NOT NULL DEFAULT '0.000',
  discount_quantity_applied TINYINT(1) NOT NULL DEFAULT '0',
  download_hash VARCHAR(255) DEFAULT NULL,
  download_nb INT(10) UNSIGNED DEFAULT '0',
  download_deadline DATETIME DEFAULT NULL,
  total_price_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_price_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  unit_price_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  unit_price_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_shipping_price_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_shipping_price_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  purchase_supplier_price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  original_product_price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  original_wholesale_price DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_refunded_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_refunded_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  PRIMARY KEY (id_order_detail),
  KEY order_detail_order (id_order),
  KEY product_id (product_id, product_attribute_id),
  KEY product_attribute_id (product_attribute_id),
  KEY id_tax_rules_group (id_tax_rules_group),
  KEY id_order_id_order_detail (id_order, id_order_detail)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_order_history (
  id_order_history INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_employee INT(10) UNSIGNED NOT NULL,
  id_order INT(10) UNSIGNED NOT NULL,
  id_order_state INT(10) UNSIGNED NOT NULL,
  date_add DATETIME NOT NULL,
  PRIMARY KEY (id_order_history),
  KEY order_history_order (id_order),
  KEY id_employee (id_employee),
  KEY id_order_state (id_order_state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_order_carrier (
  id_order_carrier INT(11) NOT NULL AUTO_INCREMENT,
  id_order INT(11) UNSIGNED NOT NULL,
  id_carrier INT(11) UNSIGNED NOT NULL,
  id_order_invoice INT(11) UNSIGNED DEFAULT NULL,
  weight DECIMAL(20, 6) DEFAULT NULL,
  shipping_cost_tax_excl DECIMAL(20, 6) DEFAULT NULL,
  shipping_cost_tax_incl DECIMAL(20, 6) DEFAULT NULL,
  tracking_number VARCHAR(64) DEFAULT NULL,
  date_add DATETIME NOT NULL,
  PRIMARY KEY (id_order_carrier),
  KEY id_order (id_order),
  KEY id_carrier (id_carrier),
  KEY id_order_invoice (id_order_invoice)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_order_payment (
  id_order_payment INT NOT NULL AUTO_INCREMENT,
  order_reference VARCHAR(9),
  id_currency INT UNSIGNED NOT NULL,
  amount DECIMAL(20, 6) NOT NULL,
  payment_method VARCHAR(255) NOT NULL,
  conversion_rate DECIMAL(13, 6) NOT NULL DEFAULT 1,
  transaction_id VARCHAR(254) NULL,
  card_number VARCHAR(254) NULL,
  card_brand VARCHAR(254) NULL,
  card_expiration CHAR(7) NULL,
  card_holder VARCHAR(254) NULL,
  date_add DATETIME NOT NULL,
  id_employee INT NULL,
  PRIMARY KEY (id_order_payment),
  KEY order_reference (order_reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_order_invoice (
  id_order_invoice INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_order INT(11) NOT NULL,
  number INT(11) NOT NULL,
  delivery_number INT(11) NOT NULL,
  delivery_date DATETIME,
  total_discount_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_discount_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_paid_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_paid_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_products DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_products_wt DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_shipping_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_shipping_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  shipping_tax_computation_method INT(10) UNSIGNED NOT NULL,
  total_wrapping_tax_excl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  total_wrapping_tax_incl DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  shop_address TEXT DEFAULT NULL,
  note TEXT,
  date_add DATETIME NOT NULL,
  PRIMARY KEY (id_order_invoice),
  KEY id_order (id_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_order_invoice_payment (
  id_order_invoice INT(11) UNSIGNED NOT NULL,
  id_order_payment INT(11) UNSIGNED NOT NULL,
  id_order INT(11) UNSIGNED NOT NULL,
  PRIMARY KEY (id_order_invoice, id_order_payment),
  KEY order_payment (id_order_payment),
  KEY id_order (id_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_order_invoice_tax (
  id_order_invoice INT(11) NOT NULL,
  type VARCHAR(15) NOT NULL,
  id_tax INT(11) NOT NULL,
  amount DECIMAL(10, 6) NOT NULL DEFAULT '0.000000',
  KEY id_tax (id_tax)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_order_slip (
  id_order_slip INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  conversion_rate DECIMAL(13, 6) NOT NULL DEFAULT '1.000000',
  id_customer INT(10) UNSIGNED NOT NULL,
  id_order INT(10) UNSIGNED NOT NULL,
  total_products_tax_excl DECIMAL(20, 6) DEFAULT NULL,
  total_products_tax_incl DECIMAL(20, 6) DEFAULT NULL,
  total_shipping_tax_excl DECIMAL(20, 6) DEFAULT NULL,
  total_shipping_tax_incl DECIMAL(20, 6) DEFAULT NULL,
  shipping_cost TINYINT(3) UNSIGNED NOT NULL DEFAULT '0',
  amount DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  shipping_cost_amount DECIMAL(20, 6) NOT NULL DEFAULT '0.000000',
  partial TINYINT(1) NOT NULL,
  order_slip_type TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  PRIMARY KEY (id_order_slip),
  KEY order_slip_customer (id_customer),
  KEY id_order (id_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_order_slip_detail (
  id_order_slip INT(10) UNSIGNED NOT NULL,
  id_order_detail INT(10) UNSIGNED NOT NULL,
  product_quantity INT(10) UNSIGNED NOT NULL DEFAULT '0',
  unit_price_tax_excl DECIMAL(20, 6) DEFAULT NULL,
  unit_price_tax_incl DECIMAL(20, 6) DEFAULT NULL,
  total_price_tax_excl DECIMAL(20, 6) DEFAULT NULL,
  total_price_tax_incl DECIMAL(20, 6) DEFAULT NULL,
  amount_tax_excl DECIMAL(20, 6) DEFAULT NULL,
  amount_tax_incl DECIMAL(20, 6) DEFAULT NULL,
  PRIMARY KEY (id_order_slip, id_order_detail)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_customer_thread (
  id_customer_thread INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_shop INT(11) UNSIGNED NOT NULL DEFAULT '1',
  id_lang INT(10) UNSIGNED NOT NULL,
  id_contact INT(10) UNSIGNED NOT NULL,
  id_customer INT(10) UNSIGNED DEFAULT NULL,
  id_order INT(10) UNSIGNED DEFAULT NULL,
  id_product INT(10) UNSIGNED DEFAULT NULL,
  status ENUM('open', 'closed', 'pending1', 'pending2') NOT NULL DEFAULT 'open',
  email VARCHAR(255) NOT NULL,
  token VARCHAR(12) DEFAULT NULL,
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  PRIMARY KEY (id_customer_thread),
  KEY id_shop (id_shop),
  KEY id_lang (id_lang),
  KEY id_contact (id_contact),
  KEY id_customer (id_customer),
  KEY id_order (id_order),
  KEY id_product (id_product)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_customer_message (
  id_customer_message INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  id_customer_thread INT(11) DEFAULT NULL,
  id_employee INT(10) UNSIGNED DEFAULT NULL,
  message MEDIUMTEXT NOT NULL,
  file_name VARCHAR(18) DEFAULT NULL,
  ip_address VARCHAR(16) DEFAULT NULL,
  user_agent VARCHAR(128) DEFAULT NULL,
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  private TINYINT NOT NULL DEFAULT '0',
  `read` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (id_customer_message),
  KEY id_customer_thread (id_customer_thread),
  KEY id_employee (id_employee)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_module (
  id_module INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  active TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  version VARCHAR(8) NOT NULL,
  PRIMARY KEY (id_module),
  UNIQUE KEY name_UNIQUE (name),
  KEY name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_module_shop (
  id_module INT(11) UNSIGNED NOT NULL,
  id_shop INT(11) UNSIGNED NOT NULL,
  enable_device TINYINT(1) NOT NULL DEFAULT '7',
  PRIMARY KEY (id_module, id_shop),
  KEY id_shop (id_shop)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_hook (
  id_hook INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(191) NOT NULL,
  title VARCHAR(255) NOT NULL,
  description TEXT,
  active TINYINT(1) UNSIGNED NOT NULL DEFAULT '1',
  position TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (id_hook),
  UNIQUE KEY hook_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_hook_module (
  id_module INT(10) UNSIGNED NOT NULL,
  id_shop INT(11) UNSIGNED NOT NULL DEFAULT '1',
  id_hook INT(10) UNSIGNED NOT NULL,
  position TINYINT(2) UNSIGNED NOT NULL,
  PRIMARY KEY (id_module, id_hook, id_shop),
  KEY id_hook (id_hook),
  KEY id_module (id_module),
  KEY position (id_shop, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_log (
  id_log INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  severity TINYINT(1) NOT NULL,
  error_code INT(11) DEFAULT NULL,
  message TEXT NOT NULL,
  object_type VARCHAR(32) DEFAULT NULL,
  object_id INT(10) UNSIGNED DEFAULT NULL,
  id_shop INT(10) UNSIGNED DEFAULT NULL,
  id_shop_group INT(10) UNSIGNED DEFAULT NULL,
  id_lang INT(10) UNSIGNED DEFAULT NULL,
  in_all_shops TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
  id_employee INT(10) UNSIGNED DEFAULT NULL,
  date_add DATETIME NOT NULL,
  date_upd DATETIME NOT NULL,
  PRIMARY KEY (id_log)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE ps_mail (
  id_mail INT(11) UNSIGNED NOT NULL AUTO_INCREMENT,
  recipient VARCHAR(126) NOT NULL,
  template VARCHAR(62) NOT NULL,
  subject VARCHAR(254) NOT NULL,
  id_lang INT(11) UNSIGNED NOT NULL,
  date_add TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id_mail),
  KEY recipient (recipient(10))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
