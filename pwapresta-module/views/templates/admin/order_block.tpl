{**
 * The Amazon block of the order page (hook displayAdminOrderMain): the Amazon order id and every
 * notification received for it. The back office does not auto-escape, so each value is escaped here.
 *}
<div class="card mt-2 pwapresta-order-block">
  <div class="card-header">
    <h3 class="card-header-title">{l s='Pay with Amazon' d='Modules.Pwapresta.Admin'}</h3>
  </div>
  <div class="card-body">
    <p>{l s='Amazon order id:' d='Modules.Pwapresta.Admin'} <strong>{$pwapresta_amazon_order_id|escape:'html':'UTF-8'}</strong></p>
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
