<?php

declare(strict_types=1);

if (!defined('_PS_VERSION_')) {
    exit;
}

if (is_file(__DIR__ . '/api/autoload.php')) {
    require_once __DIR__ . '/api/autoload.php';
}
require_once __DIR__ . '/src/autoload.php';

use PrestaShop\PrestaShop\Core\Payment\PaymentOption;
use PwaPresta\Module\Adapter\PrestaShopCartReader;
use PwaPresta\Module\Adapter\Services;
use PwaPresta\Module\Admin\ConfigurationPage;
use PwaPresta\Module\Admin\OrderBlock;
use PwaPresta\Module\Admin\OrderPaymentPanel;
use PwaPresta\Module\Feeds\FeedServices;
use PwaPresta\Module\Jobs\JobFactory;
use PwaPresta\Module\Jobs\JobOutcome;
use PwaPresta\Module\Jobs\JobRegistry;
use PwaPresta\Module\Support\UnavailableException;

/**
 * Pay with Amazon (amazon.in): the button, Amazon's co-branded checkout, orders created from IOPN
 * notifications, and the Amazon block on the order page. The work is done by the services under src/.
 */
class Pwapresta extends PaymentModule
{
    private ?Services $services = null;
    private ?JobFactory $jobFactory = null;
    private ?FeedServices $feedServices = null;

    public function __construct()
    {
        $this->name = 'pwapresta';
        $this->tab = 'payments_gateways';
        $this->version = '1.0.0';
        $this->author = 'pwapresta';
        $this->need_instance = 0;
        $this->ps_versions_compliancy = ['min' => '1.7.8.0', 'max' => '9.99.99'];
        $this->bootstrap = true;
        $this->controllers = ['iopn', 'checkout', 'pwaorder', 'cron'];
        $this->currencies = true;
        $this->currencies_mode = 'checkbox';

        parent::__construct();

        $this->displayName = $this->trans('Pay with Amazon', [], 'Modules.Pwapresta.Admin');
        $this->description = $this->trans(
            'Amazon checkout for amazon.in: the buyer pays on Amazon, the order is created from Amazon\'s notifications.',
            [],
            'Modules.Pwapresta.Admin',
        );
        $this->confirmUninstall = $this->trans(
            'Settings will be removed; Amazon orders and their notifications stay.',
            [],
            'Modules.Pwapresta.Admin',
        );
    }

    public function isUsingNewTranslationSystem(): bool
    {
        return true;
    }

    public function services(): Services
    {
        return $this->services ??= new Services($this);
    }

    public function install(): bool
    {
        if (!parent::install()) {
            return false;
        }

        $names = [];
        foreach (Language::getLanguages(false) as $language) {
            $names[(int) $language['id_lang']] = $this->trans(
                'Awaiting PWA payment',
                [],
                'Modules.Pwapresta.Admin',
                $language['locale'] ?? null,
            );
        }

        return $this->services()->installer()->install($names) && $this->registerHook('actionCronJob')
            && $this->registerHook(FeedServices::HOOKS);
    }

    public function uninstall(): bool
    {
        return $this->services()->installer()->uninstall() && parent::uninstall();
    }

    public function getContent(): string
    {
        return (new ConfigurationPage($this))->render();
    }

    public function jobFactory(): JobFactory
    {
        return $this->jobFactory ??= new JobFactory($this, $this->services()->database(), $this->services()->settings());
    }

    /** The jobs of the cron URL, the command line and the cron tasks manager. */
    public function jobs(): JobRegistry
    {
        return $this->feeds()->registerJobs($this->jobFactory()->registerSyncJobs(new JobRegistry()));
    }

    /** Returns the cron URL of a job, with its secret token. */
    public function cronUrl(string $job): string
    {
        $token = $this->jobFactory()->cronToken()->value();

        return $this->context->link->getModuleLink($this->name, 'cron', ['job' => $job, 'token' => $token], true);
    }

    /** @return list<JobOutcome> */
    public function runDueJobs(): array
    {
        $mws = in_array($this->services()->settings()->synchronisation(), ['mws', 'both'], true);

        return $this->jobFactory()->cronJobs($this->jobs())->runScheduled($mws, time());
    }

    /** Called by the cron tasks manager module (cronjobs) at the frequency of getCronFrequency. */
    public function hookActionCronJob(array $params = []): void
    {
        foreach ($this->runDueJobs() as $outcome) {
            if ($outcome->status === JobOutcome::FAILED) {
                PrestaShopLogger::addLog('pwapresta: ' . $outcome->line(), 3);
            }
        }
    }

    /**
     * Asks the cron tasks manager for a run every hour, its shortest period (-1 means every value).
     *
     * @return array{hour: int, day: int, month: int, day_of_week: int}
     */
    public function getCronFrequency(): array
    {
        return ['hour' => -1, 'day' => -1, 'month' => -1, 'day_of_week' => -1];
    }

    /** Returns the IOPN merchant URL to paste in Seller Central. */
    public function iopnUrl(): string
    {
        return $this->context->link->getModuleLink($this->name, 'iopn', [], true);
    }

    /**
     * @param array<string, mixed> $params
     * @return list<PaymentOption>
     */
    public function hookPaymentOptions(array $params): array
    {
        $settings = $this->services()->settings();
        $cart = $params['cart'] ?? $this->context->cart;
        if (!$this->active || !$settings->isConfigured() || !$settings->buttonOnPayment() || !$cart instanceof Cart) {
            return [];
        }

        $this->context->smarty->assign('pwapresta_logo', $this->getPathUri() . 'logo.png');
        $option = new PaymentOption();
        $option->setModuleName($this->name)
            ->setCallToActionText($this->trans('Pay with Amazon', [], 'Modules.Pwapresta.Shop'))
            ->setAction($this->context->link->getModuleLink($this->name, 'checkout', [], true))
            ->setLogo($this->getPathUri() . 'logo.png')
            ->setAdditionalInformation($this->fetch('module:pwapresta/views/templates/hook/payment_option.tpl'));

        return [$option];
    }

    /** @param array<string, mixed> $params */
    public function hookDisplayShoppingCartFooter(array $params): string
    {
        $settings = $this->services()->settings();
        $cart = $params['cart'] ?? $this->context->cart;
        if (!$this->active || !$settings->isConfigured() || !$settings->buttonOnCart() || !$cart instanceof Cart || !$cart->nbProducts()) {
            return '';
        }

        $button = $this->buttonFor($cart);
        if ($button === null) {
            return '';
        }

        $this->context->smarty->assign(['pwapresta' => $button]);

        return $this->fetch('module:pwapresta/views/templates/hook/cart_button.tpl');
    }

    /**
     * Renders the one Amazon block of the order page (PrestaShop 1.7.7 and later), after running
     * the tracking form or a feed retry submitted from it.
     *
     * @param array<string, mixed> $params
     */
    public function hookDisplayAdminOrderMain(array $params): string
    {
        $orderId = (int) ($params['id_order'] ?? 0);
        try {
            $link = $this->services()->links()->findByOrderId($orderId);
            if ($link === null) {
                return '';
            }
            $block = $this->orderBlock();
            $messages = $block->handle($orderId, $_POST, time());
            $variables = $block->variables($orderId, $link, (int) (new Order($orderId))->getCurrentState(), $messages, time());
        } catch (UnavailableException $exception) {
            return '';
        }
        if ($variables === null) {
            return '';
        }

        $this->context->smarty->assign(['pwapresta' => $variables]);

        return $this->display(__FILE__, 'views/templates/admin/order_block.tpl');
    }

    public function feeds(): FeedServices
    {
        return $this->feedServices ??= new FeedServices(
            $this->services()->database(),
            $this->services()->settings(),
            fn () => $this->jobFactory()->mwsClient(),
            fn (string $text, array $parameters): string => $this->trans($text, $parameters, 'Modules.Pwapresta.Admin'),
        );
    }

    /**
     * Undoes the cancellation of a shipped Amazon order once PrestaShop stored its order_history
     * row and the order's current_state (see CancellationRejection).
     */
    public function hookActionOrderHistoryAddAfter(array $params): void
    {
        $history = $params['order_history'] ?? null;
        if (!$history instanceof OrderHistory || (int) $history->id <= 0) {
            return;
        }

        $this->feeds()->rejection()->historyAdded(
            (int) $history->id,
            (int) $history->id_order,
            (int) $history->id_order_state,
            (int) $history->id_employee,
        );
    }

    /** Queues the shipment, refund or cancellation feed of a state change made in the shop. */
    public function hookActionOrderStatusPostUpdate(array $params): void
    {
        $this->feeds()->listener()->afterChange(
            (int) ($params['id_order'] ?? 0),
            (int) ($params['oldOrderStatus']->id ?? 0),
            (int) ($params['newOrderStatus']->id ?? 0),
        );
    }

    /** Queues the refund of the order slip PrestaShop just created (partial refund). */
    public function hookActionOrderSlipAdd(array $params): void
    {
        $orderId = (int) ($params['order']->id ?? 0);
        $orderSlipId = $this->feeds()->orders()->latestOrderSlipId($orderId);
        if ($orderSlipId > 0) {
            $this->feeds()->listener()->orderSlipAdded($orderId, $orderSlipId);
        }
    }

    /** Warns on the orders pages about Amazon orders close to the 30-day shipment limit. */
    public function hookDisplayAdminAfterHeader(array $params): string
    {
        $controller = (string) ($this->context->controller->controller_name ?? Tools::getValue('controller'));
        if ($controller !== 'AdminOrders') {
            return '';
        }

        $settings = $this->services()->settings();
        try {
            $orders = $this->feeds()->deadlines()->dueSoon(time(), [
                $settings->orderStateId('cancelled'),
                $settings->orderStateId('refunded'),
            ]);
        } catch (UnavailableException) {
            return '';
        }
        if ($orders === []) {
            return '';
        }

        foreach ($orders as $index => $order) {
            $orders[$index]['url'] = $this->context->link->getAdminLink('AdminOrders', true, [], [
                'id_order' => $order['id_order'],
                'vieworder' => 1,
            ]);
        }
        $this->context->smarty->assign(['pwapresta_due_orders' => $orders]);

        return $this->display(__FILE__, 'views/templates/admin/shipment_warning.tpl');
    }

    private function orderBlock(): OrderBlock
    {
        return new OrderBlock(
            $this->services()->settings(),
            new OrderPaymentPanel($this->services()->paymentLedger()),
            $this->services()->notifications(),
            $this->feeds()->orderPage(),
            $this->feeds()->deadlines(),
            fn (string $text, array $parameters): string => $this->trans($text, $parameters, 'Modules.Pwapresta.Admin'),
        );
    }

    /**
     * Returns the widget variables for a cart, or null (logged) when the cart cannot be signed.
     *
     * @return array<string, string>|null
     */
    public function buttonFor(Cart $cart): ?array
    {
        try {
            $returnUrl = $this->context->link->getModuleLink($this->name, 'pwaorder', ['CartId' => (int) $cart->id], true);
            $cancelUrl = $this->context->link->getPageLink('cart', true, null, ['action' => 'show']);
            $button = $this->services()->buttons()->forCart(PrestaShopCartReader::snapshot($cart), $returnUrl, $cancelUrl);
            $button['script_url'] = $this->getPathUri() . 'views/js/pwapresta.js';
            $button['style_url'] = $this->getPathUri() . 'views/css/pwapresta.css';
            $this->context->cookie->pwapresta_cart_id = (int) $cart->id;

            return $button;
        } catch (\PwaPresta\Exception\PwaPrestaException $exception) {
            PrestaShopLogger::addLog('pwapresta: cart ' . (int) $cart->id . ' cannot be sent to Amazon: ' . $exception->getMessage(), 2);

            return null;
        }
    }
}
