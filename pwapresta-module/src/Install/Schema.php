<?php

declare(strict_types=1);

namespace PwaPresta\Module\Install;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * The module's tables. Uninstall keeps them: they are part of the order history.
 */
final class Schema
{
    /** @return list<string> CREATE TABLE IF NOT EXISTS statements for the given prefix and engine */
    public static function statements(string $prefix, string $engine): array
    {
        $options = sprintf('ENGINE=%s DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci', $engine);

        return [
            // One row per Amazon order: the cart the button sent, the cart and order built from it.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'pwapresta_order` (
                `id_pwapresta_order` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                `amazon_order_id` VARCHAR(32) NOT NULL,
                `id_shop` INT UNSIGNED NOT NULL DEFAULT 1,
                `id_cart_origin` INT UNSIGNED NULL,
                `id_cart` INT UNSIGNED NULL,
                `id_order` INT UNSIGNED NULL,
                `total_minor` BIGINT NOT NULL DEFAULT 0,
                `currency` CHAR(3) NOT NULL,
                `date_add` DATETIME NOT NULL,
                `date_upd` DATETIME NOT NULL,
                PRIMARY KEY (`id_pwapresta_order`),
                UNIQUE KEY `amazon_order_id` (`amazon_order_id`),
                KEY `id_order` (`id_order`),
                KEY `id_cart_origin` (`id_cart_origin`)
            ) ' . $options,
            // Every verified notification, stored before the module acts on it.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'pwapresta_notification` (
                `id_pwapresta_notification` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                `uuid` VARCHAR(64) NOT NULL,
                `notification_type` VARCHAR(64) NOT NULL,
                `notification_reference_id` VARCHAR(128) NULL,
                `amazon_order_id` VARCHAR(32) NULL,
                `status` VARCHAR(16) NOT NULL,
                `attempts` INT UNSIGNED NOT NULL DEFAULT 0,
                `claim_token` CHAR(32) NULL,
                `message` TEXT NULL,
                `raw_body` MEDIUMTEXT NOT NULL,
                `date_add` DATETIME NOT NULL,
                `date_upd` DATETIME NOT NULL,
                PRIMARY KEY (`id_pwapresta_notification`),
                UNIQUE KEY `uuid` (`uuid`),
                UNIQUE KEY `notification_key` (`notification_reference_id`, `notification_type`),
                KEY `amazon_order_id` (`amazon_order_id`),
                KEY `status` (`status`)
            ) ' . $options,
            // Every UUID that passed signature verification, with the SHA-256 of the type and
            // NotificationData it carried. The signature covers UUID and Timestamp only, so a UUID
            // seen again with other content is a replayed signature and is rejected.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'pwapresta_delivery` (
                `id_pwapresta_delivery` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                `uuid` VARBINARY(64) NOT NULL,
                `content_hash` CHAR(64) NOT NULL,
                `date_add` DATETIME NOT NULL,
                PRIMARY KEY (`id_pwapresta_delivery`),
                UNIQUE KEY `uuid` (`uuid`)
            ) ' . $options,
            // One row per scheduled job (schedule, report, orders, feeds): its lock, its cursor and
            // its last run. The lock is claimed with one UPDATE, so it holds across web servers.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'pwapresta_job` (
                `job` VARCHAR(32) NOT NULL,
                `lock_token` CHAR(32) NULL,
                `locked_until` DATETIME NULL,
                `cursor_value` VARCHAR(64) NULL,
                `last_started` DATETIME NULL,
                `last_finished` DATETIME NULL,
                `last_status` VARCHAR(16) NULL,
                `last_message` TEXT NULL,
                `last_success` DATETIME NULL,
                PRIMARY KEY (`job`)
            ) ' . $options,
            // One row per Amazon order: PrestaShop's cart total next to Amazon's charged total, and
            // the OrderPayment the module recorded when Amazon confirmed the payment.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'pwapresta_payment` (
                `amazon_order_id` VARCHAR(32) NOT NULL,
                `id_order` INT UNSIGNED NOT NULL,
                `cart_total_minor` BIGINT NULL,
                `charged_minor` BIGINT NOT NULL DEFAULT 0,
                `currency` CHAR(3) NOT NULL,
                `id_order_payment` INT UNSIGNED NULL,
                `date_add` DATETIME NOT NULL,
                `date_upd` DATETIME NOT NULL,
                PRIMARY KEY (`amazon_order_id`),
                KEY `id_order` (`id_order`)
            ) ' . $options,
            // Every order status Amazon reported (IOPN type or MWS OrderStatus), once per report;
            // reported_at is Amazon's UTC time as "YYYY-MM-DDTHH:MM:SSZ".
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'pwapresta_status_report` (
                `id_pwapresta_status_report` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                `amazon_order_id` VARCHAR(32) NOT NULL,
                `id_order` INT UNSIGNED NULL,
                `source` VARCHAR(8) NOT NULL,
                `status` VARCHAR(64) NOT NULL,
                `reported_at` CHAR(20) NOT NULL,
                `date_add` DATETIME NOT NULL,
                PRIMARY KEY (`id_pwapresta_status_report`),
                UNIQUE KEY `report` (`amazon_order_id`, `source`, `status`, `reported_at`)
            ) ' . $options,
            // Outbound MWS feeds: one row per shop event (source_key), its exact body and Amazon's verdict.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'pwapresta_feed` (
                `id_pwapresta_feed` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                `source_key` VARCHAR(96) NOT NULL,
                `feed_type` VARCHAR(48) NOT NULL,
                `amazon_order_id` VARCHAR(32) NOT NULL,
                `id_order` INT UNSIGNED NOT NULL,
                `body` MEDIUMTEXT NOT NULL,
                `content_md5` CHAR(24) NOT NULL,
                `payload` MEDIUMTEXT NOT NULL,
                `submission_id` VARCHAR(32) NULL,
                `status` VARCHAR(16) NOT NULL,
                `attempts` INT UNSIGNED NOT NULL DEFAULT 0,
                `last_error` TEXT NULL,
                `next_attempt_at` DATETIME NOT NULL,
                `date_add` DATETIME NOT NULL,
                `date_upd` DATETIME NOT NULL,
                PRIMARY KEY (`id_pwapresta_feed`),
                UNIQUE KEY `source_key` (`source_key`),
                KEY `status_next_attempt` (`status`, `next_attempt_at`),
                KEY `id_order` (`id_order`),
                KEY `amazon_order_id` (`amazon_order_id`)
            ) ' . $options,
            // Amazon's items of each order (AmazonOrderItemCode, product, components), which feeds name.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'pwapresta_order_item` (
                `amazon_order_id` VARCHAR(32) NOT NULL,
                `amazon_order_item_code` VARCHAR(32) NOT NULL,
                `position` INT UNSIGNED NOT NULL DEFAULT 0,
                `sku` VARCHAR(64) NOT NULL,
                `id_product` INT UNSIGNED NOT NULL DEFAULT 0,
                `id_product_attribute` INT UNSIGNED NOT NULL DEFAULT 0,
                `quantity` INT UNSIGNED NOT NULL,
                `currency` CHAR(3) NOT NULL,
                `components` TEXT NOT NULL,
                PRIMARY KEY (`amazon_order_id`, `amazon_order_item_code`)
            ) ' . $options,
            // Tracking details per Amazon item of a shop order, entered on the order page.
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'pwapresta_tracking` (
                `id_order` INT UNSIGNED NOT NULL,
                `amazon_order_item_code` VARCHAR(32) NOT NULL,
                `carrier_name` VARCHAR(64) NOT NULL,
                `shipping_method` VARCHAR(64) NOT NULL,
                `tracking_number` VARCHAR(64) NOT NULL,
                `date_upd` DATETIME NOT NULL,
                PRIMARY KEY (`id_order`, `amazon_order_item_code`)
            ) ' . $options,
            // Rejected cancellations of shipped Amazon orders: the state put back, by whom, when (UTC).
            'CREATE TABLE IF NOT EXISTS `' . $prefix . 'pwapresta_cancellation_rejection` (
                `id_pwapresta_cancellation_rejection` INT UNSIGNED NOT NULL AUTO_INCREMENT,
                `id_order` INT UNSIGNED NOT NULL,
                `amazon_order_id` VARCHAR(32) NOT NULL,
                `id_order_state` INT UNSIGNED NOT NULL,
                `id_employee` INT UNSIGNED NOT NULL DEFAULT 0,
                `date_add` DATETIME NOT NULL,
                PRIMARY KEY (`id_pwapresta_cancellation_rejection`),
                KEY `id_order` (`id_order`)
            ) ' . $options,
        ];
    }
}
