<?php

declare(strict_types=1);

namespace PwaPresta\Module\Config;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Configuration keys of the module (all prefixed PWAPRESTA_) and their defaults.
 */
final class Keys
{
    public const MERCHANT_ID = 'PWAPRESTA_MERCHANT_ID';
    public const ACCESS_KEY_ID = 'PWAPRESTA_ACCESS_KEY_ID';
    public const SECRET_KEY = 'PWAPRESTA_SECRET_KEY';
    public const MARKETPLACE = 'PWAPRESTA_MARKETPLACE';
    public const ENVIRONMENT = 'PWAPRESTA_ENVIRONMENT';
    public const SYNCHRONISATION = 'PWAPRESTA_SYNCHRONISATION';
    public const BUTTON_ON_CART = 'PWAPRESTA_BUTTON_ON_CART';
    public const BUTTON_ON_PAYMENT = 'PWAPRESTA_BUTTON_ON_PAYMENT';
    public const WIDGET_URL_PRODUCTION = 'PWAPRESTA_WIDGET_URL_PRODUCTION';
    public const WIDGET_URL_SANDBOX = 'PWAPRESTA_WIDGET_URL_SANDBOX';

    /** MWS SellerId; empty means the merchant id, which Pay with Amazon India uses for both. */
    public const MWS_SELLER_ID = 'PWAPRESTA_MWS_SELLER_ID';
    /** MWSAuthToken, only when a developer account signs on the seller's behalf. */
    public const MWS_AUTH_TOKEN = 'PWAPRESTA_MWS_AUTH_TOKEN';
    /** An http(s)://host[:port] replacing Amazon's MWS host (the local MWS sandbox in tests). */
    public const MWS_ENDPOINT = 'PWAPRESTA_MWS_ENDPOINT';
    /** Secret token the cron URLs carry, generated on first use. */
    public const CRON_TOKEN = 'PWAPRESTA_CRON_TOKEN';

    /** The module's own order state, created at install. */
    public const OS_AWAITING_PAYMENT = 'PWAPRESTA_OS_AWAITING_PAYMENT';
    public const OS_PAYMENT_ACCEPTED = 'PWAPRESTA_OS_PAYMENT_ACCEPTED';
    public const OS_SHIPPED = 'PWAPRESTA_OS_SHIPPED';
    public const OS_CANCELLED = 'PWAPRESTA_OS_CANCELLED';
    public const OS_REFUNDED = 'PWAPRESTA_OS_REFUNDED';

    /** Order-state keys of PwaPresta\Api mapped to the configuration key holding the shop's state id. */
    public const ORDER_STATES = [
        'awaiting_payment' => self::OS_AWAITING_PAYMENT,
        'payment_accepted' => self::OS_PAYMENT_ACCEPTED,
        'shipped' => self::OS_SHIPPED,
        'cancelled' => self::OS_CANCELLED,
        'refunded' => self::OS_REFUNDED,
    ];

    /** PrestaShop's own configuration keys used as defaults for the step states. */
    public const DEFAULT_STATE_SOURCES = [
        self::OS_PAYMENT_ACCEPTED => 'PS_OS_PAYMENT',
        self::OS_SHIPPED => 'PS_OS_SHIPPING',
        self::OS_CANCELLED => 'PS_OS_CANCELED',
        self::OS_REFUNDED => 'PS_OS_REFUND',
    ];

    public const MARKETPLACES = ['IN'];
    public const ENVIRONMENTS = ['sandbox', 'production'];
    public const SYNCHRONISATIONS = ['iopn', 'mws', 'both'];

    /** Amazon's checkout widget script for amazon.in, per environment. */
    public const DEFAULTS = [
        self::MARKETPLACE => 'IN',
        self::ENVIRONMENT => 'sandbox',
        self::SYNCHRONISATION => 'iopn',
        self::BUTTON_ON_CART => '1',
        self::BUTTON_ON_PAYMENT => '1',
        self::WIDGET_URL_PRODUCTION => 'https://static-eu.payments-amazon.com/cba/js/in/PaymentWidgets.js',
        self::WIDGET_URL_SANDBOX => 'https://static-eu.payments-amazon.com/cba/js/in/sandbox/PaymentWidgets.js',
    ];

    /** Every key uninstall removes. */
    public static function all(): array
    {
        return [
            self::MERCHANT_ID, self::ACCESS_KEY_ID, self::SECRET_KEY, self::MARKETPLACE, self::ENVIRONMENT,
            self::SYNCHRONISATION, self::BUTTON_ON_CART, self::BUTTON_ON_PAYMENT, self::WIDGET_URL_PRODUCTION,
            self::WIDGET_URL_SANDBOX, self::OS_AWAITING_PAYMENT, self::OS_PAYMENT_ACCEPTED, self::OS_SHIPPED,
            self::OS_CANCELLED, self::OS_REFUNDED, self::MWS_SELLER_ID, self::MWS_AUTH_TOKEN, self::MWS_ENDPOINT,
            self::CRON_TOKEN,
        ];
    }
}
