{**
 * Settings page of the module (Modules > Pay with Amazon > Configure). The back office does not
 * auto-escape, so each value is escaped here. The secret key is never printed: only its masked tail.
 *}
<div class="panel pwapresta-status">
  <h3>{l s='Pay with Amazon' d='Modules.Pwapresta.Admin'}</h3>
  <p>{l s='IOPN merchant URL (paste it in Seller Central > Settings > Integration settings):' d='Modules.Pwapresta.Admin'}
    <code id="pwapresta-iopn-url">{$pwapresta_iopn_url|escape:'html':'UTF-8'}</code></p>
  <p>{l s='Engine:' d='Modules.Pwapresta.Admin'}
    <strong id="pwapresta-engine">{if $pwapresta_engine == 'native'}{l s='native extension' d='Modules.Pwapresta.Admin'} {$pwapresta_engine_version|escape:'html':'UTF-8'}{else}{l s='PHP' d='Modules.Pwapresta.Admin'} {$pwapresta_engine_version|escape:'html':'UTF-8'}{/if}</strong></p>
  <p>{l s='Last notification received:' d='Modules.Pwapresta.Admin'}
    <strong id="pwapresta-last-notification">{if $pwapresta_last_notification}{$pwapresta_last_notification|escape:'html':'UTF-8'}{else}{l s='none yet' d='Modules.Pwapresta.Admin'}{/if}</strong></p>
</div>

<form method="post" action="{$pwapresta_form_action|escape:'html':'UTF-8'}" class="defaultForm form-horizontal">
  <div class="panel">
    <h3>{l s='Amazon account' d='Modules.Pwapresta.Admin'}</h3>
    <div class="form-group">
      <label class="control-label col-lg-3" for="merchant_id">{l s='Merchant ID' d='Modules.Pwapresta.Admin'}</label>
      <div class="col-lg-6"><input type="text" id="merchant_id" name="merchant_id" value="{$pwapresta_values.merchant_id|escape:'html':'UTF-8'}" required></div>
    </div>
    <div class="form-group">
      <label class="control-label col-lg-3" for="access_key_id">{l s='Access key ID' d='Modules.Pwapresta.Admin'}</label>
      <div class="col-lg-6"><input type="text" id="access_key_id" name="access_key_id" value="{$pwapresta_values.access_key_id|escape:'html':'UTF-8'}" required></div>
    </div>
    <div class="form-group">
      <label class="control-label col-lg-3" for="secret_key">{l s='Secret key' d='Modules.Pwapresta.Admin'}</label>
      <div class="col-lg-6">
        <input type="password" id="secret_key" name="secret_key" value="" autocomplete="new-password"
               placeholder="{if $pwapresta_secret_mask}{$pwapresta_secret_mask|escape:'html':'UTF-8'}{/if}">
        <p class="help-block">{l s='Leave empty to keep the stored secret key.' d='Modules.Pwapresta.Admin'}</p>
      </div>
    </div>
    <div class="form-group">
      <label class="control-label col-lg-3" for="marketplace">{l s='Marketplace' d='Modules.Pwapresta.Admin'}</label>
      <div class="col-lg-6"><select id="marketplace" name="marketplace">
        <option value="IN"{if $pwapresta_values.marketplace == 'IN'} selected{/if}>amazon.in ({l s='India' d='Modules.Pwapresta.Admin'})</option>
      </select></div>
    </div>
    <div class="form-group">
      <label class="control-label col-lg-3" for="environment">{l s='Environment' d='Modules.Pwapresta.Admin'}</label>
      <div class="col-lg-6"><select id="environment" name="environment">
        <option value="sandbox"{if $pwapresta_values.environment == 'sandbox'} selected{/if}>{l s='Sandbox' d='Modules.Pwapresta.Admin'}</option>
        <option value="production"{if $pwapresta_values.environment == 'production'} selected{/if}>{l s='Production' d='Modules.Pwapresta.Admin'}</option>
      </select></div>
    </div>
    <div class="form-group">
      <label class="control-label col-lg-3" for="synchronisation">{l s='Order synchronisation' d='Modules.Pwapresta.Admin'}</label>
      <div class="col-lg-6"><select id="synchronisation" name="synchronisation">
        <option value="iopn"{if $pwapresta_values.synchronisation == 'iopn'} selected{/if}>IOPN</option>
        <option value="mws"{if $pwapresta_values.synchronisation == 'mws'} selected{/if}>MWS</option>
        <option value="both"{if $pwapresta_values.synchronisation == 'both'} selected{/if}>{l s='IOPN and MWS' d='Modules.Pwapresta.Admin'}</option>
      </select></div>
    </div>
  </div>

  <div class="panel">
    <h3>{l s='Order states' d='Modules.Pwapresta.Admin'}</h3>
    {foreach from=$pwapresta_state_fields item=field}
      <div class="form-group">
        <label class="control-label col-lg-3" for="{$field|escape:'html':'UTF-8'}">
          {if $field == 'os_awaiting_payment'}{l s='Order placed, payment not confirmed' d='Modules.Pwapresta.Admin'}
          {elseif $field == 'os_payment_accepted'}{l s='Payment confirmed by Amazon' d='Modules.Pwapresta.Admin'}
          {elseif $field == 'os_shipped'}{l s='Shipped' d='Modules.Pwapresta.Admin'}
          {elseif $field == 'os_cancelled'}{l s='Cancelled' d='Modules.Pwapresta.Admin'}
          {else}{l s='Refunded' d='Modules.Pwapresta.Admin'}{/if}
        </label>
        <div class="col-lg-6"><select id="{$field|escape:'html':'UTF-8'}" name="{$field|escape:'html':'UTF-8'}">
          {foreach from=$pwapresta_states item=state}
            <option value="{$state.id_order_state|escape:'html':'UTF-8'}"{if $pwapresta_values[$field] == $state.id_order_state} selected{/if}>{$state.name|escape:'html':'UTF-8'}</option>
          {/foreach}
        </select></div>
      </div>
    {/foreach}
  </div>

  {include file='./sync_settings.tpl'}

  <div class="panel">
    <h3>{l s='Button' d='Modules.Pwapresta.Admin'}</h3>
    <div class="form-group">
      <div class="col-lg-offset-3 col-lg-6">
        <input type="hidden" name="button_on_cart" value="0">
        <label><input type="checkbox" name="button_on_cart" value="1"{if $pwapresta_values.button_on_cart == '1'} checked{/if}> {l s='On the cart page' d='Modules.Pwapresta.Admin'}</label><br>
        <input type="hidden" name="button_on_payment" value="0">
        <label><input type="checkbox" name="button_on_payment" value="1"{if $pwapresta_values.button_on_payment == '1'} checked{/if}> {l s='In the payment step' d='Modules.Pwapresta.Admin'}</label>
      </div>
    </div>
    <div class="form-group">
      <label class="control-label col-lg-3" for="widget_url_production">{l s='Widget script (production)' d='Modules.Pwapresta.Admin'}</label>
      <div class="col-lg-6"><input type="url" id="widget_url_production" name="widget_url_production" value="{$pwapresta_values.widget_url_production|escape:'html':'UTF-8'}"></div>
    </div>
    <div class="form-group">
      <label class="control-label col-lg-3" for="widget_url_sandbox">{l s='Widget script (sandbox)' d='Modules.Pwapresta.Admin'}</label>
      <div class="col-lg-6"><input type="url" id="widget_url_sandbox" name="widget_url_sandbox" value="{$pwapresta_values.widget_url_sandbox|escape:'html':'UTF-8'}"></div>
    </div>
    <div class="panel-footer">
      <button type="submit" name="submitPwapresta" value="1" class="btn btn-default pull-right">{l s='Save' d='Admin.Actions'}</button>
    </div>
  </div>
</form>

{include file='./sync_jobs.tpl'}

{if $pwapresta_unprocessed}
  <div class="panel">
    <h3>{l s='Notifications not processed' d='Modules.Pwapresta.Admin'}</h3>
    <form method="post" action="{$pwapresta_form_action|escape:'html':'UTF-8'}">
      <table class="table">
        <thead><tr><th>#</th><th>{l s='Received' d='Modules.Pwapresta.Admin'}</th><th>{l s='Notification' d='Modules.Pwapresta.Admin'}</th><th>{l s='Amazon order id' d='Modules.Pwapresta.Admin'}</th><th>{l s='Status' d='Modules.Pwapresta.Admin'}</th><th>{l s='Message' d='Modules.Pwapresta.Admin'}</th><th></th></tr></thead>
        <tbody>
          {foreach from=$pwapresta_unprocessed item=row}
            <tr>
              <td>{$row.id|escape:'html':'UTF-8'}</td>
              <td>{$row.date_add|escape:'html':'UTF-8'}</td>
              <td>{$row.notification_type|escape:'html':'UTF-8'}</td>
              <td>{$row.amazon_order_id|escape:'html':'UTF-8'}</td>
              <td>{$row.status|escape:'html':'UTF-8'}</td>
              <td>{$row.message|escape:'html':'UTF-8'}</td>
              <td><button type="submit" name="pwapresta_retry" value="{$row.id|escape:'html':'UTF-8'}" class="btn btn-default">{l s='Retry' d='Modules.Pwapresta.Admin'}</button></td>
            </tr>
          {/foreach}
        </tbody>
      </table>
    </form>
  </div>
{/if}
