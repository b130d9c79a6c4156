<?php

declare(strict_types=1);

namespace PwaPresta\Module\Checkout;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Module\Config\Settings;

/**
 * The variables of the Pay with Amazon widget for a cart: Amazon's widget script for the configured
 * environment, the merchant id and the signed order-input (signed, not secret: the secret key never
 * reaches the page).
 */
final class ButtonFactory
{
    public function __construct(private Settings $settings)
    {
    }

    /**
     * @param array<string, mixed> $cartSnapshot see CartInputBuilder::build
     * @return array{widget_url: string, merchant_id: string, order_input: string, element_id: string,
     *               environment: string}
     */
    public function forCart(array $cartSnapshot, string $returnUrl, string $cancelUrl): array
    {
        $merchantId = $this->settings->merchantId();
        $cartXml = Api::cartXml(CartInputBuilder::build($cartSnapshot, $merchantId, $returnUrl, $cancelUrl));

        return [
            'widget_url' => $this->settings->widgetUrl(),
            'merchant_id' => $merchantId,
            'order_input' => Api::cartOrderInput($cartXml, $this->settings->secretKey(), $this->settings->accessKeyId()),
            'element_id' => 'pwapresta-button-' . (int) $cartSnapshot['id'],
            'environment' => $this->settings->environment(),
        ];
    }
}
