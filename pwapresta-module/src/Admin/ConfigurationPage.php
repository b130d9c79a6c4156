<?php

declare(strict_types=1);

namespace PwaPresta\Module\Admin;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Module\Adapter\PrestaShopSettingsStore;
use PwaPresta\Module\Config\Keys;
use PwaPresta\Module\Jobs\JobOutcome;
use PwaPresta\Module\Jobs\JobPanel;
use PwaPresta\Module\Mws\MwsSettingsForm;
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
        if (\Tools::isSubmit('pwapresta_run_job')) {
            $messages .= $this->runJob((string) \Tools::getValue('pwapresta_run_job'));
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
            'pwapresta_mws_values' => $this->mwsValues(),
            'pwapresta_jobs' => JobPanel::rows(
                $this->module->jobs(),
                $this->module->jobFactory()->store(),
                fn (string $job): string => $this->module->cronUrl($job),
                time(),
            ),
        ]);

        return $messages . $this->module->display($this->module->getLocalPath() . 'pwapresta.php', 'views/templates/admin/configure.tpl');
    }

    private function save(): string
    {
        $settings = $this->module->services()->settings();
        $stateIds = array_map(static fn (array $state): int => (int) $state['id_order_state'], \OrderState::getOrderStates((int) \Context::getContext()->language->id));
        $result = ConfigurationForm::validate($_POST, $settings->secretKey() !== '', $this->module->iopnUrl(), $stateIds);
        $mws = MwsSettingsForm::validate($_POST);
        $result = ['values' => $result['values'] + $mws['values'], 'errors' => [...$result['errors'], ...$mws['errors']]];
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

    /** Runs a job from the "Run now" button and shows its result, such as MWS rejecting the secret key. */
    private function runJob(string $name): string
    {
        $registry = $this->module->jobs();
        if (!$registry->has($name)) {
            return $this->module->displayError(sprintf('Unknown job "%s".', $name));
        }

        try {
            $outcome = $this->module->jobFactory()->cronJobs($registry)->run($name);
        } catch (UnavailableException $exception) {
            return $this->module->displayError(sprintf('Job %s could not start: %s', $name, $exception->getMessage()));
        }

        return match ($outcome->status) {
            JobOutcome::OK => $this->module->displayConfirmation(sprintf('Job %s: %s', $name, $outcome->message)),
            JobOutcome::BUSY => $this->module->displayWarning(sprintf('Job %s is already running.', $name)),
            default => $this->module->displayError(sprintf('Job %s failed: %s', $name, $outcome->message)),
        };
    }

    /** @return array<string, string> the MWS fields: submitted, else stored */
    private function mwsValues(): array
    {
        $stored = new PrestaShopSettingsStore();
        $values = [];
        foreach (MwsSettingsForm::FIELDS as $field => $key) {
            $submitted = \Tools::getValue($field, null);
            $values[$field] = is_string($submitted) ? $submitted : ($stored->get($key) ?? '');
        }

        return $values;
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
