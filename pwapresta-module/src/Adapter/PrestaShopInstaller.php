<?php

declare(strict_types=1);

namespace PwaPresta\Module\Adapter;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Config\Keys;
use PwaPresta\Module\Config\SettingsStore;
use PwaPresta\Module\Install\Schema;

/**
 * Install and uninstall steps besides PaymentModule's own: the tables, the order state "Awaiting PWA
 * payment", the default settings and the hooks.
 *
 * Uninstall removes the settings only. Tables and the order state stay, because orders refer to
 * them. A reinstall finds the state again by its module_name (undeleting it when a merchant
 * deleted it) instead of creating a second one.
 */
final class PrestaShopInstaller
{
    public const HOOKS = ['paymentOptions', 'displayShoppingCartFooter', 'displayAdminOrderMain'];
    public const STATE_COLOR = '#FF8C00';

    public function __construct(private \PaymentModule $module, private Database $database, private SettingsStore $settings)
    {
    }

    /**
     * @param array<int, string> $stateNames name of the awaiting state per language id
     */
    public function install(array $stateNames): bool
    {
        foreach (Schema::statements(_DB_PREFIX_, _MYSQL_ENGINE_) as $statement) {
            $this->database->execute($statement);
        }

        $stateId = $this->installOrderState($stateNames);
        $this->settings->set(Keys::OS_AWAITING_PAYMENT, (string) $stateId);
        foreach (Keys::DEFAULT_STATE_SOURCES as $key => $source) {
            if ($this->settings->get($key) === null) {
                $this->settings->set($key, (string) (int) \Configuration::get($source));
            }
        }
        foreach (Keys::DEFAULTS as $key => $value) {
            if ($this->settings->get($key) === null) {
                $this->settings->set($key, $value);
            }
        }

        foreach (self::HOOKS as $hook) {
            if (!$this->module->registerHook($hook)) {
                return false;
            }
        }

        return true;
    }

    public function uninstall(): bool
    {
        foreach (Keys::all() as $key) {
            $this->settings->delete($key);
        }

        return true;
    }

    /** Creates the awaiting state, or reuses (and undeletes) the one an earlier install created. */
    /** @param array<int, string> $stateNames */
    private function installOrderState(array $stateNames): int
    {
        $stateId = (int) $this->settings->get(Keys::OS_AWAITING_PAYMENT);
        $state = $stateId > 0 ? new \OrderState($stateId) : null;
        if ($state === null || !\Validate::isLoadedObject($state) || $state->module_name !== $this->module->name) {
            $existing = (int) $this->database->value(sprintf(
                'SELECT id_order_state FROM `%s` WHERE module_name = %s ORDER BY deleted ASC, id_order_state ASC',
                $this->database->table('order_state'),
                $this->database->quote($this->module->name),
            ));
            $state = new \OrderState($existing > 0 ? $existing : null);
        }

        $state->name = $stateNames;
        $state->color = self::STATE_COLOR;
        $state->module_name = $this->module->name;
        $state->logable = false;
        $state->paid = false;
        $state->invoice = false;
        $state->shipped = false;
        $state->delivery = false;
        $state->send_email = false;
        $state->hidden = false;
        $state->unremovable = true;
        $state->deleted = false;
        $state->template = '';
        if (!$state->save()) {
            throw new \PrestaShopException('The order state "Awaiting PWA payment" could not be saved.');
        }

        $this->copyIcon((int) $state->id);

        return (int) $state->id;
    }

    /** Copies the state's icon where the back office looks for it (img/os/ID.gif). */
    private function copyIcon(int $stateId): void
    {
        $folder = defined('_PS_ORDER_STATE_IMG_DIR_') ? _PS_ORDER_STATE_IMG_DIR_ : _PS_ROOT_DIR_ . '/img/os/';
        $target = rtrim($folder, '/') . '/' . $stateId . '.gif';
        if (is_dir($folder) && is_writable($folder) && !is_file($target)) {
            copy($this->module->getLocalPath() . 'views/img/awaiting_payment.gif', $target);
        }
    }
}
