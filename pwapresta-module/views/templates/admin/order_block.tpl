{**
 * The Amazon block of the order page (hook displayAdminOrderMain): the Amazon order id with its
 * Seller Central link, the environment, the payment status with the last status Amazon reported,
 * every status report, any amount difference, and every notification received. The back office
 * does not auto-escape, so each value is escaped here.
 *}
<div class="card mt-2 pwapresta-order-block">
  <div class="card-header">
    <h3 class="card-header-title">{l s='Pay with Amazon' d='Modules.Pwapresta.Admin'}</h3>
  </div>
  <div class="card-body">
    <p>
      {l s='Amazon order id:' d='Modules.Pwapresta.Admin'}
      <a href="{$pwapresta_payment.seller_central_url|escape:'html':'UTF-8'}" target="_blank" rel="noopener noreferrer"><strong>{$pwapresta_amazon_order_id|escape:'html':'UTF-8'}</strong></a>
      ({l s='Seller Central India' d='Modules.Pwapresta.Admin'}),
      {l s='environment:' d='Modules.Pwapresta.Admin'} <span class="pwapresta-environment">{$pwapresta_payment.environment|escape:'html':'UTF-8'}</span>
    </p>
    <div class="pwapresta-payment-status" data-status="{$pwapresta_payment.payment_status|escape:'html':'UTF-8'}">
      {if $pwapresta_payment.payment_status == 'awaiting'}
        <div class="alert alert-warning">{l s='Amazon has not confirmed the payment yet: the order stays in Awaiting PWA payment.' d='Modules.Pwapresta.Admin'}</div>
      {elseif $pwapresta_payment.payment_status == 'paid'}
        <div class="alert alert-success">{l s='Payment confirmed by Amazon.' d='Modules.Pwapresta.Admin'}</div>
      {elseif $pwapresta_payment.payment_status == 'cancelled'}
        <div class="alert alert-danger">{l s='Order cancelled by Amazon.' d='Modules.Pwapresta.Admin'}</div>
      {else}
        <div class="alert alert-info">{l s='Order refunded.' d='Modules.Pwapresta.Admin'}</div>
      {/if}
      {if $pwapresta_payment.last_status}
        <p class="pwapresta-last-status">
          {l s='Last status reported by Amazon:' d='Modules.Pwapresta.Admin'}
          <strong>{$pwapresta_payment.last_status.status|escape:'html':'UTF-8'}</strong>
          ({$pwapresta_payment.last_status.source|escape:'html':'UTF-8'}, {$pwapresta_payment.last_status.reported_at|escape:'html':'UTF-8'})
        </p>
      {/if}
    </div>
    {if $pwapresta_payment.difference}
      <div class="alert alert-info pwapresta-amount-difference">
        {l s='Amazon charged %charged%; the PrestaShop cart total was %cart% (difference %difference%). The order keeps Amazon\'s amounts.' sprintf=['%charged%' => $pwapresta_payment.difference.charged, '%cart%' => $pwapresta_payment.difference.cart_total, '%difference%' => $pwapresta_payment.difference.difference] d='Modules.Pwapresta.Admin'}
      </div>
    {/if}
    {if $pwapresta_payment.statuses}
      <table class="table pwapresta-status-reports">
        <thead>
          <tr>
            <th>{l s='Reported by Amazon' d='Modules.Pwapresta.Admin'}</th>
            <th>{l s='Source' d='Modules.Pwapresta.Admin'}</th>
            <th>{l s='Amazon status' d='Modules.Pwapresta.Admin'}</th>
          </tr>
        </thead>
        <tbody>
          {foreach from=$pwapresta_payment.statuses item=report}
            <tr>
              <td>{$report.reported_at|escape:'html':'UTF-8'}</td>
              <td>{$report.source|escape:'html':'UTF-8'}</td>
              <td>{$report.status|escape:'html':'UTF-8'}</td>
            </tr>
          {/foreach}
        </tbody>
      </table>
    {/if}
    <table class="table">
      <thead>
        <tr>
          <th>{l s='Received' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Notification' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='UUID' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Status' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Attempts' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Message' d='Modules.Pwapresta.Admin'}</th>
        </tr>
      </thead>
      <tbody>
        {foreach from=$pwapresta_notifications item=notification}
          <tr>
            <td>{$notification.date_add|escape:'html':'UTF-8'}</td>
            <td>{$notification.type|escape:'html':'UTF-8'}</td>
            <td><code>{$notification.uuid|escape:'html':'UTF-8'}</code></td>
            <td>{$notification.status|escape:'html':'UTF-8'}</td>
            <td>{$notification.attempts|escape:'html':'UTF-8'}</td>
            <td>{$notification.message|escape:'html':'UTF-8'}</td>
          </tr>
        {foreachelse}
          <tr><td colspan="6">{l s='No notification received yet.' d='Modules.Pwapresta.Admin'}</td></tr>
        {/foreach}
      </tbody>
    </table>
  </div>
</div>
