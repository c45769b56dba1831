/*
 * The preview's stand-in for what a Jira page gives the app's scripts: an AMD loader, the few AMD
 * modules the app's scripts name from Jira, and the dashboard item API. Not part of the app; Jira
 * provides all of this itself. Every function says where its contract is documented.
 *
 * Loaded after AUI (npm @atlassian/aui, which sets window.AJS and AJS.$ when no AMD loader is on
 * the page yet), the app's texts (AJS.I18n.keys) and almond (npm almond: the AMD loader; define and
 * require as the AMD spec says, github.com/amdjs/amdjs-api/blob/master/AMD.md), and before the
 * app's own scripts.
 */
(function (window, document) {
  'use strict';

  var AJS = window.AJS;

  /* The context path Jira writes into <meta name="ajs-context-path">; empty at the root. */
  function contextPath() {
    var meta = document.querySelector('meta[name="ajs-context-path"]');
    return meta ? meta.getAttribute('content') : '';
  }

  /*
   * 'jquery': Jira's pages define jQuery as an AMD module (AUI's UMD build asks for it by that
   * name, see AUI's dist header); here AUI's own copy, AJS.$.
   */
  define('jquery', [], function () {
    return AJS.$;
  });

  /*
   * 'wrm/context-path': the web-resource manager's AMD module, a function returning the context
   * path, which the descriptor's dependency
   * com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path brings in Jira
   * (web-resource module: developer.atlassian.com/server/framework/atlassian-sdk/web-resource-module/).
   */
  define('wrm/context-path', [], function () {
    return contextPath;
  });

  /*
   * The API object Jira hands a dashboard item's AMD module as new Item(API, options), as
   * described on developer.atlassian.com/server/jira/platform/building-a-dashboard-item/ (and
   * .../dashboard-item-module/ for the descriptor's <amd-module>); the same calls appear in public
   * dashboard items for Jira Server. Only the calls the app's item makes are stood in for.
   * Preferences are kept in the page's address instead of Jira's database, so a reload shows the
   * saved settings.
   */
  function DashboardItemApi(frame, onSaved, onCloseEdit) {
    var bar = frame.querySelector('.ag-preview-loading');
    return {
      /* API.showLoadingBar(): shows the item's loading bar while it fetches. */
      showLoadingBar: function () {
        if (bar) {
          bar.hidden = false;
        }
      },
      /* API.hideLoadingBar(): hides it again. */
      hideLoadingBar: function () {
        if (bar) {
          bar.hidden = true;
        }
      },
      /* API.resize(): the item's content changed height; a page without iframes needs nothing. */
      resize: function () {},
      /* API.savePreferences(preferences): stores them; Jira then renders the item with them. */
      savePreferences: function (preferences) {
        onSaved(preferences);
      },
      /* API.closeEdit(): leaves the settings without saving (seen in public items, see item.js). */
      closeEdit: function () {
        onCloseEdit();
      }
    };
  }

  /* The preferences written into the item's element as data-pref-NAME attributes by the page. */
  function preferencesOf(element) {
    var prefs = {};
    Array.prototype.forEach.call(element.attributes, function (attribute) {
      if (attribute.name.indexOf('data-pref-') === 0) {
        prefs[attribute.name.substring('data-pref-'.length)] = attribute.value;
      }
    });
    return prefs;
  }

  /* The page's address with the preferences as query parameters, language and theme kept. */
  function addressWith(preferences) {
    var url = new URL(window.location.href);
    ['project', 'quarter', 'sections'].forEach(function (name) {
      if (preferences[name]) {
        url.searchParams.set(name, preferences[name]);
      } else {
        url.searchParams.delete(name);
      }
    });
    return url.toString();
  }

  /*
   * Jira's dashboard creates each item from its <amd-module> and calls render(context,
   * preferences) for a configured item, renderEdit(context, preferences) for one without settings
   * or when the user chooses "Configure" (building-a-dashboard-item).
   */
  function mountDashboardItem(content) {
    var frame = content.parentNode;
    var preferences = preferencesOf(content);
    require([content.getAttribute('data-amd-module')], function (Item) {
      var item;
      var api = DashboardItemApi(frame, function (saved) {
        preferences = saved;
        window.history.replaceState(null, '', addressWith(saved));
        item.render(content, preferences);
      }, function () {
        item.render(content, preferences);
      });
      item = new Item(api, {});
      if (preferences.project) {
        item.render(content, preferences);
      } else {
        item.renderEdit(content, preferences);
      }
      var configure = frame.querySelector('.ag-preview-configure');
      if (configure) {
        configure.addEventListener('click', function () {
          item.renderEdit(content, preferences);
        });
      }
    });
  }

  window.AGPreview = {
    /* Mounts what the page holds: every dashboard item. */
    start: function () {
      Array.prototype.forEach.call(document.querySelectorAll('[data-amd-module]'), mountDashboardItem);
    }
  };
}(window, document));
