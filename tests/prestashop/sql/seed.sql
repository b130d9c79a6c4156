-- Seed data of the test shop: one shop, English, INR, India with its states, the customer
-- groups, PrestaShop 8.2's order states with their ids and flags, a carrier serving India and
-- the demo products the IOPN samples reference, and India's GST slabs. Prices are in INR. The
-- products of the samples use tax rules group 0 (no tax), so their prices are the prices the
-- buyer pays; product 9 uses the 18% slab. Dates are fixed so a reset gives the same rows.

SET NAMES utf8mb4;

INSERT INTO ps_shop_group VALUES (1, 'Default', '', 0, 0, 0, 1, 0);
INSERT INTO ps_shop VALUES (1, 1, 'PWA Presta Test Shop', '', 2, 'classic', 1, 0);

INSERT INTO ps_lang VALUES (1, 'English (English)', 1, 'en', 'en-us', 'en-US', 'm/d/Y', 'm/d/Y H:i:s', 0);
INSERT INTO ps_lang_shop VALUES (1, 1);

INSERT INTO ps_currency VALUES (1, 'Indian Rupee', 'INR', '356', 2, 1.000000, 0, 1, 0, 0);
INSERT INTO ps_currency_lang VALUES (1, 1, 'Indian Rupee', '₹', NULL);
INSERT INTO ps_currency_shop VALUES (1, 1, 1.000000);

INSERT INTO ps_zone VALUES (1, 'Europe', 1), (2, 'North America', 1), (3, 'Asia', 1),
  (4, 'Africa', 1), (5, 'Oceania', 1), (6, 'South America', 1), (7, 'Europe (non-EU)', 1),
  (8, 'Central America/Antilla', 1);

INSERT INTO ps_country VALUES
  (110, 3, 0, 'IN', 91, 1, 1, 0, 1, 'NNN NNN', 1),
  (21, 2, 0, 'US', 1, 0, 1, 0, 1, 'NNNNN', 1);
INSERT INTO ps_country_lang VALUES (110, 1, 'India'), (21, 1, 'United States');
INSERT INTO ps_country_shop VALUES (110, 1), (21, 1);

INSERT INTO ps_state (id_state, id_country, id_zone, name, iso_code, tax_behavior, active) VALUES
  (313, 110, 3, 'Andhra Pradesh', 'AP', 0, 1),
  (317, 110, 3, 'Bihar', 'BR', 0, 1),
  (322, 110, 3, 'Delhi', 'DL', 0, 1),
  (323, 110, 3, 'Goa', 'GA', 0, 1),
  (324, 110, 3, 'Gujarat', 'GJ', 0, 1),
  (328, 110, 3, 'Karnataka', 'KA', 0, 1),
  (329, 110, 3, 'Kerala', 'KL', 0, 1),
  (332, 110, 3, 'Maharashtra', 'MH', 0, 1),
  (340, 110, 3, 'Rajasthan', 'RJ', 0, 1),
  (342, 110, 3, 'Tamil Nadu', 'TN', 0, 1),
  (343, 110, 3, 'Telangana', 'TG', 0, 1),
  (345, 110, 3, 'Uttar Pradesh', 'UP', 0, 1),
  (347, 110, 3, 'West Bengal', 'WB', 0, 1);

INSERT INTO ps_group VALUES
  (1, 0.00, 0, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (2, 0.00, 0, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (3, 0.00, 0, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00');
INSERT INTO ps_group_lang VALUES (1, 1, 'Visitor'), (2, 1, 'Guest'), (3, 1, 'Customer');

-- PrestaShop 8.2's order states (ids, flags, colours and mail templates as installed).
INSERT INTO ps_order_state (id_order_state, invoice, send_email, module_name, color, unremovable,
  hidden, logable, delivery, shipped, paid, pdf_invoice, pdf_delivery, deleted) VALUES
  (1, 0, 1, 'ps_checkpayment', '#34209E', 1, 0, 0, 0, 0, 0, 0, 0, 0),
  (2, 1, 1, '', '#3498D8', 1, 0, 1, 0, 0, 1, 1, 0, 0),
  (3, 1, 1, '', '#3498D8', 1, 0, 1, 0, 0, 1, 0, 0, 0),
  (4, 1, 1, '', '#01b887', 1, 0, 1, 1, 1, 1, 1, 1, 0),
  (5, 1, 0, '', '#01b887', 1, 0, 1, 1, 1, 1, 0, 0, 0),
  (6, 0, 1, '', '#2C3E50', 1, 0, 0, 0, 0, 0, 0, 0, 0),
  (7, 1, 1, '', '#ec2e15', 1, 0, 0, 0, 0, 1, 0, 0, 0),
  (8, 0, 1, '', '#ec2e15', 1, 0, 0, 0, 0, 0, 0, 0, 0),
  (9, 1, 1, '', '#3498D8', 1, 0, 1, 0, 0, 1, 0, 0, 0),
  (10, 0, 1, 'ps_wirepayment', '#34209E', 1, 0, 0, 0, 0, 0, 0, 0, 0),
  (11, 1, 1, '', '#3498D8', 1, 0, 1, 0, 0, 1, 0, 0, 0),
  (12, 0, 1, '', '#34209E', 1, 0, 0, 0, 0, 0, 0, 0, 0),
  (13, 0, 0, 'ps_cashondelivery', '#34209E', 1, 0, 0, 0, 0, 0, 0, 0, 0);
INSERT INTO ps_order_state_lang VALUES
  (1, 1, 'Awaiting check payment', 'cheque'),
  (2, 1, 'Payment accepted', 'payment'),
  (3, 1, 'Processing in progress', 'preparation'),
  (4, 1, 'Shipped', 'shipped'),
  (5, 1, 'Delivered', ''),
  (6, 1, 'Canceled', 'order_canceled'),
  (7, 1, 'Refunded', 'refund'),
  (8, 1, 'Payment error', 'payment_error'),
  (9, 1, 'On backorder (paid)', 'outofstock'),
  (10, 1, 'Awaiting bank wire payment', 'bankwire'),
  (11, 1, 'Remote payment accepted', 'payment'),
  (12, 1, 'On backorder (not paid)', 'outofstock'),
  (13, 1, 'Awaiting Cash On Delivery validation', 'cashondelivery');

-- Carrier 1 is the free in-store pickup, carrier 2 a paid courier serving Asia (India).
INSERT INTO ps_carrier (id_carrier, id_reference, name, url, active, deleted, shipping_handling,
  range_behavior, is_module, is_free, shipping_external, need_range, external_module_name,
  shipping_method, position, max_width, max_height, max_depth, max_weight, grade) VALUES
  (1, 1, 'PWA Presta Test Shop', '', 1, 0, 0, 0, 0, 1, 0, 0, '', 0, 0, 0, 0, 0, 0, 0),
  (2, 2, 'My carrier', '', 1, 0, 1, 0, 0, 0, 0, 0, '', 2, 1, 0, 0, 0, 0, 0);
INSERT INTO ps_carrier_lang VALUES (1, 1, 1, 'Pick up in-store'), (2, 1, 1, 'Delivery next day!');
INSERT INTO ps_carrier_zone VALUES (1, 3), (2, 3);
INSERT INTO ps_range_price VALUES (1, 2, 0.000000, 1000000.000000);
INSERT INTO ps_delivery VALUES (1, NULL, NULL, 2, 1, NULL, 3, 40.000000);

-- India's GST slabs (5, 12, 18 and 28%), one rule per slab for the whole country.
INSERT INTO ps_tax VALUES (1, 5.000, 1, 0), (2, 12.000, 1, 0), (3, 18.000, 1, 0), (4, 28.000, 1, 0);
INSERT INTO ps_tax_lang VALUES (1, 1, 'GST 5%'), (2, 1, 'GST 12%'), (3, 1, 'GST 18%'), (4, 1, 'GST 28%');
INSERT INTO ps_tax_rules_group VALUES
  (1, '5% GST Rate Slab (5%)', 1, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (2, '12% GST Rate Slab (12%)', 1, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (3, '18% GST Rate Slab (18%)', 1, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00'),
  (4, '28% GST Rate Slab (28%)', 1, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00');
INSERT INTO ps_tax_rules_group_shop VALUES (1, 1), (2, 1), (3, 1), (4, 1);
INSERT INTO ps_tax_rule (id_tax_rules_group, id_country, id_state, zipcode_from, zipcode_to, id_tax,
  behavior, description) VALUES
  (1, 110, 0, '0', '0', 1, 0, ''), (2, 110, 0, '0', '0', 2, 0, ''),
  (3, 110, 0, '0', '0', 3, 0, ''), (4, 110, 0, '0', '0', 4, 0, '');

-- The demo products the IOPN samples reference (ids and references of the demo catalogue), and
-- product 9 with GST 18%: 847.457627 before tax, 1000.00 with tax. Unlike the demo catalogue's
-- cushion, the double's product 9 has no combinations.
INSERT INTO ps_product (id_product, id_supplier, id_manufacturer, id_category_default,
  id_shop_default, id_tax_rules_group, quantity, price, reference, weight, active,
  cache_default_attribute, date_add, date_upd, product_type) VALUES
  (1, 0, 1, 4, 1, 0, 0, 499.000000, 'demo_1', 0.300000, 1, 1,
    '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'combinations'),
  (3, 0, 1, 9, 1, 0, 0, 1299.000000, 'demo_6', 0.300000, 1, 13,
    '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'combinations'),
  (6, 0, 1, 8, 1, 0, 0, 299.500000, 'demo_13', 0.300000, 1, 0,
    '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'standard'),
  (8, 0, 1, 8, 1, 0, 0, 0.330000, 'demo_14', 0.300000, 1, 0,
    '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'standard'),
  (9, 0, 1, 7, 1, 3, 0, 847.457627, 'demo_15', 0.300000, 1, 0,
    '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'standard');
INSERT INTO ps_product_shop (id_product, id_shop, id_category_default, id_tax_rules_group, price,
  active, cache_default_attribute, date_add, date_upd)
  SELECT id_product, 1, id_category_default, id_tax_rules_group, price, active,
    cache_default_attribute, date_add, date_upd FROM ps_product;
INSERT INTO ps_product_lang (id_product, id_shop, id_lang, description, description_short,
  link_rewrite, name) VALUES
  (1, 1, 1, '', '', 'hummingbird-printed-t-shirt', 'Hummingbird printed t-shirt'),
  (3, 1, 1, '', '', 'the-best-is-yet-to-come-framed-poster',
    'The best is yet to come'' Framed poster'),
  (6, 1, 1, '', '', 'mug-today-is-a-good-day', 'Mug Today is a good day'),
  (8, 1, 1, '', '', 'customizable-mug', 'Customizable mug'),
  (9, 1, 1, '', '', 'mountain-fox-cushion', 'Mountain fox cushion');
INSERT INTO ps_product_attribute (id_product_attribute, id_product, reference, price, quantity,
  weight, default_on) VALUES
  (1, 1, 'demo_1', 0.000000, 0, 0.000000, 1),
  (2, 1, 'demo_1', 0.000000, 0, 0.000000, NULL),
  (13, 3, 'demo_6', 0.000000, 0, 0.000000, 1),
  (14, 3, 'demo_6', 200.000000, 0, 0.000000, NULL);
INSERT INTO ps_product_attribute_shop (id_product, id_product_attribute, id_shop, price, weight,
  default_on) SELECT id_product, id_product_attribute, 1, price, weight, default_on
  FROM ps_product_attribute;
INSERT INTO ps_stock_available (id_product, id_product_attribute, id_shop, id_shop_group,
  quantity, physical_quantity, reserved_quantity, depends_on_stock, out_of_stock) VALUES
  (1, 0, 1, 0, 200, 200, 0, 0, 2), (1, 1, 1, 0, 100, 100, 0, 0, 2), (1, 2, 1, 0, 100, 100, 0, 0, 2),
  (3, 0, 1, 0, 200, 200, 0, 0, 2), (3, 13, 1, 0, 100, 100, 0, 0, 2), (3, 14, 1, 0, 100, 100, 0, 0, 2),
  (6, 0, 1, 0, 100, 100, 0, 0, 2), (8, 0, 1, 0, 100, 100, 0, 0, 2), (9, 0, 1, 0, 100, 100, 0, 0, 2);

INSERT INTO ps_hook (name, title, description) VALUES
  ('paymentOptions', 'Payment Options', ''),
  ('displayShoppingCartFooter', 'Shopping cart footer', ''),
  ('displayAdminOrderMain', 'Admin Order Main Column', ''),
  ('displayAdminOrderSide', 'Admin Order Side Column', ''),
  ('displayAdminOrder', 'Display new elements in the Back Office, tab AdminOrder', ''),
  ('actionOrderStatusPostUpdate', 'Post update of order status', ''),
  ('actionOrderStatusUpdate', 'Order status update - Event', ''),
  ('actionValidateOrder', 'New orders', ''),
  ('displayPaymentReturn', 'Payment return', ''),
  ('displayOrderConfirmation', 'Order confirmation page', ''),
  ('displayHeader', 'Pages html head section', ''),
  ('actionFrontControllerSetMedia', 'Add elements to the front office', '');

INSERT INTO ps_configuration (name, value, date_add, date_upd) VALUES
  ('PS_SHOP_DEFAULT', '1', NOW(), NOW()),
  ('PS_SHOP_NAME', 'PWA Presta Test Shop', NOW(), NOW()),
  ('PS_SHOP_EMAIL', 'shop@example.in', NOW(), NOW()),
  ('PS_SHOP_DOMAIN', '127.0.0.1', NOW(), NOW()),
  ('PS_SHOP_DOMAIN_SSL', '127.0.0.1', NOW(), NOW()),
  ('PS_SHOP_ENABLE', '1', NOW(), NOW()),
  ('PS_MAINTENANCE_IP', '', NOW(), NOW()),
  ('PS_SSL_ENABLED', '0', NOW(), NOW()),
  ('PS_SSL_ENABLED_EVERYWHERE', '0', NOW(), NOW()),
  ('PS_CANONICAL_REDIRECT', '0', NOW(), NOW()),
  ('PS_GEOLOCATION_ENABLED', '0', NOW(), NOW()),
  ('PS_GEOLOCATION_BEHAVIOR', '0', NOW(), NOW()),
  ('PS_ALLOWED_COUNTRIES', 'IN', NOW(), NOW()),
  ('PS_LANG_DEFAULT', '1', NOW(), NOW()),
  ('PS_CURRENCY_DEFAULT', '1', NOW(), NOW()),
  ('PS_COUNTRY_DEFAULT', '110', NOW(), NOW()),
  ('PS_CARRIER_DEFAULT', '2', NOW(), NOW()),
  ('PS_UNIDENTIFIED_GROUP', '1', NOW(), NOW()),
  ('PS_GUEST_GROUP', '2', NOW(), NOW()),
  ('PS_CUSTOMER_GROUP', '3', NOW(), NOW()),
  ('PS_GUEST_CHECKOUT_ENABLED', '1', NOW(), NOW()),
  ('PS_STOCK_MANAGEMENT', '1', NOW(), NOW()),
  ('PS_ORDER_OUT_OF_STOCK', '0', NOW(), NOW()),
  ('PS_PRICE_ROUND_MODE', '2', NOW(), NOW()),
  ('PS_ROUND_TYPE', '1', NOW(), NOW()),
  ('PS_INVOICE', '1', NOW(), NOW()),
  ('PS_INVOICE_PREFIX', '#IN', NOW(), NOW()),
  ('PS_TAX_ADDRESS_TYPE', 'id_address_delivery', NOW(), NOW()),
  ('PS_PRICE_DISPLAY_PRECISION', '2', NOW(), NOW()),
  ('PS_TAX', '1', NOW(), NOW()),
  ('PS_SHIPPING_HANDLING', '0', NOW(), NOW()),
  ('PS_SHIPPING_FREE_PRICE', '0', NOW(), NOW()),
  ('PS_GIFT_WRAPPING', '1', NOW(), NOW()),
  ('PS_GIFT_WRAPPING_PRICE', '25', NOW(), NOW()),
  ('PS_MAIL_METHOD', '3', NOW(), NOW()),
  ('PS_OS_CHEQUE', '1', NOW(), NOW()),
  ('PS_OS_PAYMENT', '2', NOW(), NOW()),
  ('PS_OS_PREPARATION', '3', NOW(), NOW()),
  ('PS_OS_SHIPPING', '4', NOW(), NOW()),
  ('PS_OS_DELIVERED', '5', NOW(), NOW()),
  ('PS_OS_CANCELED', '6', NOW(), NOW()),
  ('PS_OS_REFUND', '7', NOW(), NOW()),
  ('PS_OS_ERROR', '8', NOW(), NOW()),
  ('PS_OS_OUTOFSTOCK', '9', NOW(), NOW()),
  ('PS_OS_OUTOFSTOCK_PAID', '9', NOW(), NOW()),
  ('PS_OS_BANKWIRE', '10', NOW(), NOW()),
  ('PS_OS_WS_PAYMENT', '11', NOW(), NOW()),
  ('PS_OS_OUTOFSTOCK_UNPAID', '12', NOW(), NOW()),
  ('PS_OS_COD_VALIDATION', '13', NOW(), NOW());
