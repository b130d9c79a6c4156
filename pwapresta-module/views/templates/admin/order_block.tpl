{**
 * The one Amazon block of the order page (hook displayAdminOrderMain): the Amazon order id with its
 * Seller Central link, the environment, the payment status with the last status Amazon reported,
 * any amount difference, the rejected cancellations, the status reports (IOPN and MWS), the
 * notifications received, the shipment as the fulfillment feed sent it (with the tracking form
 * before it is sent), and every feed with Amazon's verdict, the order slip it refunds and a retry
 * button when it failed.
 * The back office does not auto-escape, so each value is escaped here.
 *}
<div class="card mt-2 pwapresta-order-block">
  <div class="card-header">
    <h3 class="card-header-title">{l s='Pay with Amazon' d='Modules.Pwapresta.Admin'}</h3>
  </div>
  <div class="card-body">
    {foreach from=$pwapresta.messages item=message}
      <div class="alert alert-{$message.type|escape:'html':'UTF-8'} pwapresta-message">{$message.text|escape:'html':'UTF-8'}</div>
    {/foreach}
    <p>
      {l s='Amazon order id:' d='Modules.Pwapresta.Admin'}
      <a href="{$pwapresta.payment.seller_central_url|escape:'html':'UTF-8'}" target="_blank" rel="noopener noreferrer"><strong>{$pwapresta.amazon_order_id|escape:'html':'UTF-8'}</strong></a>
      ({l s='Seller Central India' d='Modules.Pwapresta.Admin'}),
      {l s='environment:' d='Modules.Pwapresta.Admin'} <span class="pwapresta-environment">{$pwapresta.payment.environment|escape:'html':'UTF-8'}</span>
    </p>

    <div class="pwapresta-payment-status" data-status="{$pwapresta.payment.payment_status|escape:'html':'UTF-8'}">
      {if $pwapresta.payment.payment_status == 'awaiting'}
        <div class="alert alert-warning">{l s='Amazon has not confirmed the payment yet: the order stays in Awaiting PWA payment.' d='Modules.Pwapresta.Admin'}</div>
      {elseif $pwapresta.payment.payment_status == 'paid'}
        <div class="alert alert-success">{l s='Payment confirmed by Amazon.' d='Modules.Pwapresta.Admin'}</div>
      {elseif $pwapresta.payment.payment_status == 'cancelled'}
        <div class="alert alert-danger">{l s='Order cancelled by Amazon.' d='Modules.Pwapresta.Admin'}</div>
      {else}
        <div class="alert alert-info">{l s='Order refunded.' d='Modules.Pwapresta.Admin'}</div>
      {/if}
      {if $pwapresta.payment.last_status}
        <p class="pwapresta-last-status">
          {l s='Last status reported by Amazon:' d='Modules.Pwapresta.Admin'}
          <strong>{$pwapresta.payment.last_status.status|escape:'html':'UTF-8'}</strong>
          ({$pwapresta.payment.last_status.source|escape:'html':'UTF-8'}, {$pwapresta.payment.last_status.reported_at|escape:'html':'UTF-8'})
        </p>
      {/if}
    </div>
    {if $pwapresta.payment.difference}
      <div class="alert alert-info pwapresta-amount-difference">
        {l s='Amazon charged %charged%; the PrestaShop cart total was %cart% (difference %difference%). The order keeps Amazon\'s amounts.' sprintf=['%charged%' => $pwapresta.payment.difference.charged, '%cart%' => $pwapresta.payment.difference.cart_total, '%difference%' => $pwapresta.payment.difference.difference] d='Modules.Pwapresta.Admin'}
      </div>
    {/if}
    {foreach from=$pwapresta.cancellation_rejections item=rejection}
      <div class="alert alert-warning pwapresta-cancellation-rejected">
        {l s='Cancellation refused: Amazon does not cancel shipped orders; refund the order instead.' d='Modules.Pwapresta.Admin'}
        {l s='The cancellation of %date% (UTC) was undone and the order put back in state %state%.' sprintf=['%date%' => $rejection.date_add|escape:'html':'UTF-8', '%state%' => $rejection.state|escape:'html':'UTF-8'] d='Modules.Pwapresta.Admin'}
      </div>
    {/foreach}
    {if $pwapresta.deadline}
      <div class="alert alert-warning pwapresta-deadline">
        {l s='Confirm the shipment of this order: Amazon\'s 30-day limit is in %days% day(s).' sprintf=['%days%' => $pwapresta.deadline.days_left] d='Modules.Pwapresta.Admin'}
      </div>
    {/if}

    <h4>{l s='Statuses reported by Amazon (notifications and MWS updates)' d='Modules.Pwapresta.Admin'}</h4>
    <table class="table pwapresta-status-reports">
      <thead>
        <tr>
          <th>{l s='Reported by Amazon' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Source' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Amazon status' d='Modules.Pwapresta.Admin'}</th>
        </tr>
      </thead>
      <tbody>
        {foreach from=$pwapresta.payment.statuses item=report}
          <tr class="pwapresta-status-{$report.source|escape:'html':'UTF-8'}">
            <td>{$report.reported_at|escape:'html':'UTF-8'}</td>
            <td>{$report.source|escape:'html':'UTF-8'}</td>
            <td>{$report.status|escape:'html':'UTF-8'}</td>
          </tr>
        {foreachelse}
          <tr><td colspan="3">{l s='No status reported by Amazon yet.' d='Modules.Pwapresta.Admin'}</td></tr>
        {/foreach}
      </tbody>
    </table>

    <h4>{l s='Notifications received' d='Modules.Pwapresta.Admin'}</h4>
    <table class="table pwapresta-notifications">
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
        {foreach from=$pwapresta.notifications item=notification}
          <tr>
            <td>{$notification.date_add|escape:'html':'UTF-8'}</td>
            <td>{$notification.type|escape:'html':'UTF-8'}</td>
            <td><code>{$notification.uuid|escape:'html':'UTF-8'}</code></td>
            <td>{$notification.status|escape:'html':'UTF-8'}</td>
            <td>{$notification.attempts|intval}</td>
            <td>{$notification.message|escape:'html':'UTF-8'}</td>
          </tr>
        {foreachelse}
          <tr><td colspan="6">{l s='No notification received yet.' d='Modules.Pwapresta.Admin'}</td></tr>
        {/foreach}
      </tbody>
    </table>

    <h4>{l s='Shipment' d='Modules.Pwapresta.Admin'}</h4>
    <p class="pwapresta-order-carrier">
      {l s='Order carrier tracking number:' d='Modules.Pwapresta.Admin'}
      <strong>{$pwapresta.order_carrier.tracking_number|escape:'html':'UTF-8'}</strong>
      ({$pwapresta.order_carrier.carrier_name|escape:'html':'UTF-8'})
    </p>
    {if $pwapresta.shipment}
      <p class="pwapresta-shipment-status" data-status="{$pwapresta.shipment.status|escape:'html':'UTF-8'}">
        {l s='Shipment confirmation sent to Amazon with these details; feed status:' d='Modules.Pwapresta.Admin'}
        <strong>{$pwapresta.shipment.status|escape:'html':'UTF-8'}</strong>
        {if $pwapresta.shipment.submission_id}({l s='submission id' d='Modules.Pwapresta.Admin'} {$pwapresta.shipment.submission_id|escape:'html':'UTF-8'}){/if}
        {if $pwapresta.shipment.message}: {$pwapresta.shipment.message|escape:'html':'UTF-8'}{/if}
      </p>
      <table class="table pwapresta-shipment-sent">
        <thead>
          <tr>
            <th>{l s='Amazon item' d='Modules.Pwapresta.Admin'}</th>
            <th>{l s='SKU' d='Modules.Pwapresta.Admin'}</th>
            <th>{l s='Quantity' d='Modules.Pwapresta.Admin'}</th>
            <th>{l s='Carrier' d='Modules.Pwapresta.Admin'}</th>
            <th>{l s='Shipping method' d='Modules.Pwapresta.Admin'}</th>
            <th>{l s='Tracking number' d='Modules.Pwapresta.Admin'}</th>
            <th>{l s='Feed status' d='Modules.Pwapresta.Admin'}</th>
          </tr>
        </thead>
        <tbody>
          {foreach from=$pwapresta.items item=item}
            <tr data-item="{$item.code|escape:'html':'UTF-8'}">
              <td><code>{$item.code|escape:'html':'UTF-8'}</code></td>
              <td>{$item.sku|escape:'html':'UTF-8'}</td>
              <td>{$item.quantity|intval}</td>
              <td>{$item.carrier_name|escape:'html':'UTF-8'}</td>
              <td>{$item.shipping_method|escape:'html':'UTF-8'}</td>
              <td class="pwapresta-tracking-number">{$item.tracking_number|escape:'html':'UTF-8'}</td>
              <td>{$pwapresta.shipment.status|escape:'html':'UTF-8'}</td>
            </tr>
          {foreachelse}
            {foreach from=$pwapresta.shipment.fulfillments item=fulfillment}
              <tr>
                <td colspan="3">{l s='Whole order' d='Modules.Pwapresta.Admin'}</td>
                <td>{$fulfillment.carrier_name|escape:'html':'UTF-8'}</td>
                <td>{$fulfillment.shipping_method|escape:'html':'UTF-8'}</td>
                <td class="pwapresta-tracking-number">{$fulfillment.tracking_number|escape:'html':'UTF-8'}</td>
                <td>{$pwapresta.shipment.status|escape:'html':'UTF-8'}</td>
              </tr>
            {/foreach}
          {/foreach}
        </tbody>
      </table>
    {else}
      <form method="post" class="pwapresta-tracking-form">
        <input type="hidden" name="pwapresta_order" value="{$pwapresta.order_id|intval}">
        <table class="table">
          <thead>
            <tr>
              <th>{l s='Amazon item' d='Modules.Pwapresta.Admin'}</th>
              <th>{l s='SKU' d='Modules.Pwapresta.Admin'}</th>
              <th>{l s='Quantity' d='Modules.Pwapresta.Admin'}</th>
              <th>{l s='Carrier' d='Modules.Pwapresta.Admin'}</th>
              <th>{l s='Shipping method' d='Modules.Pwapresta.Admin'}</th>
              <th>{l s='Tracking number' d='Modules.Pwapresta.Admin'}</th>
            </tr>
          </thead>
          <tbody>
            {foreach from=$pwapresta.items item=item}
              <tr>
                <td><code>{$item.code|escape:'html':'UTF-8'}</code></td>
                <td>{$item.sku|escape:'html':'UTF-8'}</td>
                <td>{$item.quantity|intval}</td>
                <td><input type="text" class="form-control" maxlength="64" name="carrier_name[{$item.code|escape:'html':'UTF-8'}]" value="{$item.carrier_name|escape:'html':'UTF-8'}"></td>
                <td><input type="text" class="form-control" maxlength="64" name="shipping_method[{$item.code|escape:'html':'UTF-8'}]" value="{$item.shipping_method|escape:'html':'UTF-8'}"></td>
                <td><input type="text" class="form-control" maxlength="64" name="tracking_number[{$item.code|escape:'html':'UTF-8'}]" value="{$item.tracking_number|escape:'html':'UTF-8'}"></td>
              </tr>
            {foreachelse}
              <tr><td colspan="6">{l s='Amazon\'s items of this order are not known: the shipment will confirm the whole order.' d='Modules.Pwapresta.Admin'}</td></tr>
            {/foreach}
          </tbody>
        </table>
        {if $pwapresta.items}
          <button type="submit" name="pwapresta_tracking" value="1" class="btn btn-primary">{l s='Save tracking details' d='Modules.Pwapresta.Admin'}</button>
        {/if}
      </form>
    {/if}

    <h4>{l s='Feeds sent to Amazon' d='Modules.Pwapresta.Admin'}</h4>
    <table class="table mt-3 pwapresta-feed-list">
      <thead>
        <tr>
          <th>{l s='Feed' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='For' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Status' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Submission id' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Attempts' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Amazon\'s message' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Updated' d='Modules.Pwapresta.Admin'}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        {foreach from=$pwapresta.feeds item=feed}
          <tr class="pwapresta-feed-{$feed.status|escape:'html':'UTF-8'}" data-feed="{$feed.id|intval}" data-source="{$feed.source|escape:'html':'UTF-8'}"{if $feed.order_slip_id} data-order-slip="{$feed.order_slip_id|intval}"{/if}>
            <td>{$feed.type|escape:'html':'UTF-8'}</td>
            <td>
              {if $feed.source == 'order_slip'}
                {l s='Credit slip #%id%' sprintf=['%id%' => $feed.order_slip_id] d='Modules.Pwapresta.Admin'}
              {elseif $feed.source == 'full_refund'}
                {l s='Full refund' d='Modules.Pwapresta.Admin'}
              {elseif $feed.source == 'shipment'}
                {l s='Shipment' d='Modules.Pwapresta.Admin'}
              {elseif $feed.source == 'cancellation'}
                {l s='Cancellation' d='Modules.Pwapresta.Admin'}
              {/if}
            </td>
            <td>
              {$feed.status|escape:'html':'UTF-8'}
              {if $feed.retryable}<span class="badge badge-danger pwapresta-feed-failed-mark">{l s='Failed: not applied by Amazon' d='Modules.Pwapresta.Admin'}</span>{/if}
            </td>
            <td>{$feed.submission_id|escape:'html':'UTF-8'}</td>
            <td>{$feed.attempts|intval}</td>
            <td>{$feed.message|escape:'html':'UTF-8'}</td>
            <td>{$feed.date_upd|escape:'html':'UTF-8'}</td>
            <td>
              {if $feed.retryable}
                <form method="post" class="pwapresta-retry-form">
                  <input type="hidden" name="pwapresta_order" value="{$pwapresta.order_id|intval}">
                  <input type="hidden" name="pwapresta_failed_at" value="{$feed.date_upd|escape:'html':'UTF-8'}">
                  <button type="submit" name="pwapresta_retry_feed" value="{$feed.id|intval}" class="btn btn-outline-secondary btn-sm">{l s='Send again' d='Modules.Pwapresta.Admin'}</button>
                </form>
              {/if}
            </td>
          </tr>
        {foreachelse}
          <tr><td colspan="8">{l s='No feed sent to Amazon for this order yet.' d='Modules.Pwapresta.Admin'}</td></tr>
        {/foreach}
      </tbody>
    </table>
  </div>
</div>
