{**
 * Feeds part of the Amazon block on the order page (hook displayAdminOrderMain): tracking details
 * per Amazon item, sent with the shipment confirmation when the order moves to Shipped, and every
 * feed queued for the order with Amazon's verdict. Each value is escaped here.
 *}
<div class="card mt-2 pwapresta-feeds-block">
  <div class="card-header">
    <h3 class="card-header-title">{l s='Amazon shipment and feeds' d='Modules.Pwapresta.Admin'}</h3>
  </div>
  <div class="card-body">
    {foreach from=$pwapresta_feed_messages item=message}
      <div class="alert alert-{$message.type|escape:'html':'UTF-8'}">{$message.text|escape:'html':'UTF-8'}</div>
    {/foreach}
    {if $pwapresta_deadline}
      <div class="alert alert-warning pwapresta-deadline">
        {l s='Confirm the shipment of this order: Amazon\'s 30-day limit is in %days% day(s).' sprintf=['%days%' => $pwapresta_deadline.days_left] d='Modules.Pwapresta.Admin'}
      </div>
    {/if}
    <form method="post" class="pwapresta-tracking-form">
      <input type="hidden" name="pwapresta_order" value="{$pwapresta_order_id|intval}">
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
          {foreach from=$pwapresta_items item=item}
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
      {if $pwapresta_items}
        <button type="submit" name="pwapresta_tracking" value="1" class="btn btn-primary">{l s='Save tracking details' d='Modules.Pwapresta.Admin'}</button>
      {/if}
    </form>
    <table class="table mt-3 pwapresta-feed-list">
      <thead>
        <tr>
          <th>{l s='Feed' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Status' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Submission id' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Attempts' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Amazon\'s message' d='Modules.Pwapresta.Admin'}</th>
          <th>{l s='Updated' d='Modules.Pwapresta.Admin'}</th>
        </tr>
      </thead>
      <tbody>
        {foreach from=$pwapresta_feeds item=feed}
          <tr class="pwapresta-feed-{$feed.status|escape:'html':'UTF-8'}">
            <td>{$feed.type|escape:'html':'UTF-8'}</td>
            <td>{$feed.status|escape:'html':'UTF-8'}</td>
            <td>{$feed.submission_id|escape:'html':'UTF-8'}</td>
            <td>{$feed.attempts|intval}</td>
            <td>{$feed.message|escape:'html':'UTF-8'}</td>
            <td>{$feed.date_upd|escape:'html':'UTF-8'}</td>
          </tr>
        {foreachelse}
          <tr><td colspan="6">{l s='No feed sent to Amazon for this order yet.' d='Modules.Pwapresta.Admin'}</td></tr>
        {/foreach}
      </tbody>
    </table>
  </div>
</div>
