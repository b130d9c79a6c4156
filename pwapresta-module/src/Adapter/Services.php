<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Checkout\ButtonFactory;
use PwaPresta\Module\Config\Settings;
use PwaPresta\Module\Iopn\BodyLimit;
use PwaPresta\Module\Iopn\NotificationEndpoint;
use PwaPresta\Module\Iopn\NotificationProcessor;
use PwaPresta\Module\Iopn\NotificationRetrier;
use PwaPresta\Module\Order\OrderImporter;
use PwaPresta\Module\Order\OrderLock;
use PwaPresta\Module\Order\StateChanger;
use PwaPresta\Module\Payment\PaymentRecorder;
use PwaPresta\Module\Support\SystemClock;

/**
 * Wires the module's services to their PrestaShop adapters, once per request.
 */
final class Services
{
    private ?Database $database = null;
    private ?Settings $settings = null;
    private ?PrestaShopNotificationStore $notifications = null;
    private ?PrestaShopAmazonOrderLinks $links = null;
    private ?NotificationProcessor $processor = null;
    private ?PrestaShopPaymentLedger $paymentLedger = null;

    public function __construct(private \PaymentModule $module)
    {
    }

    public function database(): Database
    {
        return $this->database ??= new Database();
    }

    public function settings(): Settings
    {
        return $this->settings ??= new Settings(new PrestaShopSettingsStore());
    }

    public function notifications(): PrestaShopNotificationStore
    {
        return $this->notifications ??= new PrestaShopNotificationStore($this->database());
    }

    public function links(): PrestaShopAmazonOrderLinks
    {
        return $this->links ??= new PrestaShopAmazonOrderLinks($this->database());
    }

    public function paymentLedger(): PrestaShopPaymentLedger
    {
        return $this->paymentLedger ??= new PrestaShopPaymentLedger($this->database());
    }

    /** Returns the recorder that OrderImporter and StateChanger take, for the IOPN and the MWS paths alike. */
    public function payments(): PaymentRecorder
    {
        return new PaymentRecorder(
            new PrestaShopPaymentGateway($this->database()),
            $this->paymentLedger(),
            $this->links(),
            new PrestaShopLog(),
        );
    }

    public function notificationEndpoint(): NotificationEndpoint
    {
        return new NotificationEndpoint(
            $this->settings(),
            $this->notifications(),
            $this->processor(),
            new SystemClock(),
            new PrestaShopLog(),
            BodyLimit::forServer(),
        );
    }

    public function retrier(): NotificationRetrier
    {
        return new NotificationRetrier($this->notifications(), $this->processor(), new PrestaShopLog());
    }

    public function buttons(): ButtonFactory
    {
        return new ButtonFactory($this->settings());
    }

    public function installer(): PrestaShopInstaller
    {
        return new PrestaShopInstaller($this->module, $this->database(), new PrestaShopSettingsStore());
    }

    private function processor(): NotificationProcessor
    {
        if ($this->processor !== null) {
            return $this->processor;
        }

        $log = new PrestaShopLog();
        $lock = new OrderLock(new PrestaShopLocks($this->database()));
        $gateway = new PrestaShopOrderGateway($this->module, $this->database());

        return $this->processor = new NotificationProcessor(
            $this->notifications(),
            $lock,
            new OrderImporter($this->settings(), $gateway, $this->links(), $log, $this->payments()),
            new StateChanger($this->settings(), $gateway, $lock, $log, $this->payments()),
            $log,
        );
    }
}
