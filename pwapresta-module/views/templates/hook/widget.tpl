{**
 * Amazon's checkout widget for one cart: the script of the configured environment and a container
 * that views/js/pwapresta.js renders with the signed order-input. Output is escaped by Smarty's
 * escape_html; the order-input is base64 text and never contains the secret key.
 *}
<div class="pwapresta-widget">
  <link rel="stylesheet" href="{$pwapresta.style_url}">
  <div id="{$pwapresta.element_id}"
       class="pwapresta-button"
       data-merchant-id="{$pwapresta.merchant_id}"
       data-order-input="{$pwapresta.order_input}"
       data-environment="{$pwapresta.environment}"></div>
  <script src="{$pwapresta.widget_url}"></script>
  <script src="{$pwapresta.script_url}"></script>
</div>
