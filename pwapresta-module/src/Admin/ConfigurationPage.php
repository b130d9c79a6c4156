<?php

declare(strict_types=1);

namespace PwaPresta\Module\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Module\Adapter\PrestaShopSettingsStore;
use PwaPresta\Module\Config\Keys;
use PwaPresta\Module\Order\ImportException;
use PwaPresta\Module\Support\UnavailableException;

/**
 * The settings page of the back office (getContent): saves the form, retries stored notifications,
 * and shows the IOPN URL, the engine in use and the last notification received.
 */
final class ConfigurationPage
{
    public function __construct(private \Pwapresta $module)
    {
    }

    public function render(): string
    {
        $messages = '';
        if (\Tools::isSubmit('submitPwapresta')) {
            $messages .= $this->save();
        }
        if (\Tools::isSubmit('pwapresta_retry')) {
            $messages .= $this->retry((int) \Tools::getValue('pwapresta_retry'));
        }

        $context = \Context::getContext();
        $settings = $this->module->services()->settings();
        $store = $this->module->services()->notifications();
        $context->smarty->assign([
            'pwapresta_form_action' => $context->link->getAdminLink('AdminModules', true, [], ['configure' => $this->module->name]),
            'pwapresta_values' => $this->values(),
            'pwapresta_secret_mask' => ConfigurationForm::maskSecret($settings->secretKey()),
            'pwapresta_states' => \OrderState::getOrderStates((int) $context->language->id),
            'pwapresta_state_fields' => array_keys(ConfigurationForm::STATE_FIELDS),
            'pwapresta_iopn_url' => $this->module->iopnUrl(),
            'pwapresta_engine' => Api::engineName(),
            'pwapresta_engine_version' => Api::engineVersion(),
            'pwapresta_last_notification' => $this->safely(fn () => $store->lastReceivedAt()),
            'pwapresta_unprocessed' => $this->safely(fn () => $store->unprocessed(20)) ?? [],
        ]);

        return $messages . $this->module->display($this->module->getLocalPath() . 'pwapresta.php', 'views/templates/admin/configure.tpl');
    }

    private function save(): string
    {
        $settings = $this->module->services()->settings();
        $stateIds = array_map(static fn (array $state): int => (int) $state['id_order_state'], \OrderState::getOrderStates((int) \Context::getContext()->language->id));
        $result = ConfigurationForm::validate($_POST, $settings->secretKey() !== '', $this->module->iopnUrl(), $stateIds);
        if ($result['errors'] !== []) {
            return implode('', array_map(fn (string $error) => $this->module->displayError($error), $result['errors']));
        }

        foreach ($result['values'] as $key => $value) {
            \Configuration::updateValue($key, $value);
        }

        return $this->module->displayConfirmation($this->module->l('Settings saved.'));
    }

    private function retry(int $id): string
    {
        try {
            $outcome = $this->module->services()->retrier()->retry($id);

            return $this->module->displayConfirmation(sprintf('Notification #%d: %s', $id, $outcome));
        } catch (ImportException | UnavailableException $exception) {
            return $this->module->displayError(sprintf('Notification #%d: %s', $id, $exception->getMessage()));
        }
    }

    /** @return array<string, string> form values: the submitted ones, else the stored ones (never the secret) */
    private function values(): array
    {
        $stored = new PrestaShopSettingsStore();
        $fields = [
            'merchant_id' => Keys::MERCHANT_ID, 'access_key_id' => Keys::ACCESS_KEY_ID, 'marketplace' => Keys::MARKETPLACE,
            'environment' => Keys::ENVIRONMENT, 'synchronisation' => Keys::SYNCHRONISATION,
            'button_on_cart' => Keys::BUTTON_ON_CART, 'button_on_payment' => Keys::BUTTON_ON_PAYMENT,
            'widget_url_production' => Keys::WIDGET_URL_PRODUCTION, 'widget_url_sandbox' => Keys::WIDGET_URL_SANDBOX,
        ] + ConfigurationForm::STATE_FIELDS;

        $values = [];
        foreach ($fields as $field => $key) {
            $submitted = \Tools::getValue($field, null);
            $values[$field] = is_string($submitted) ? $submitted : ($stored->get($key) ?? (Keys::DEFAULTS[$key] ?? ''));
        }

        return $values;
    }

    private function safely(callable $read): mixed
    {
        try {
            return $read();
        } catch (UnavailableException) {
            return null;
        }
    }
}
