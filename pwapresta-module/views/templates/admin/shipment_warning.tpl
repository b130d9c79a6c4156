{**
 * Back-office warning (hook displayAdminAfterHeader on the orders pages): accepted Amazon orders
 * whose shipment is not confirmed, from day 25 of Amazon's 30-day limit. Each value is escaped here.
 *}
<div class="alert alert-warning pwapresta-shipment-warning">
  <p>{l s='Amazon orders to ship: Amazon needs their shipment confirmed within 30 days of the order.' d='Modules.Pwapresta.Admin'}</p>
  <ul>
    {foreach from=$pwapresta_due_orders item=order}
      <li>
        <a href="{$order.url|escape:'html':'UTF-8'}">{$order.reference|escape:'html':'UTF-8'}</a>
        ({l s='Amazon order' d='Modules.Pwapresta.Admin'} {$order.amazon_order_id|escape:'html':'UTF-8'}):
        {l s='%days% day(s) left' sprintf=['%days%' => $order.days_left] d='Modules.Pwapresta.Admin'}
      </li>
    {/foreach}
  </ul>
</div>
